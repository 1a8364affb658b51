"""The web page and HTTP API (needs the ``web`` extra): ``create_app(db)``."""
