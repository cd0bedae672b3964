"""The Qt layer: windows, dialogs, models and widgets. No business rules live here."""
