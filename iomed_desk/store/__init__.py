"""The case file: SQLCipher, schema migrations, search, the audit chain and keys. Every SQL statement lives here."""
