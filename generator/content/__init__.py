"""Reading content files into validated models."""
