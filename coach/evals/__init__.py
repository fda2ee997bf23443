"""`coach eval`: datasets, evaluators, thresholds and reports."""
