"""One module per eval suite; each exposes `evaluate(ctx) -> SuiteOutcome`."""
