"""The Rasa project of the chatbot (DESIGN.md § 8). `bot.actions` is the rasa-sdk package."""
