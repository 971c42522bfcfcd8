"""The lab screens: module list, safety, steps and result, driven by a LabRunnerModel."""
