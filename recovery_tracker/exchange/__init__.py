"""Files exchanged with the outside world: the diary as CSV (export and import), the calendar
(ICS), the appointment report (PDF) and chart images. Read and written here, nowhere else."""
