"""Gongkai: bilingual Chinese / traditional-Mongolian government information-disclosure sites.

Data flows one way: content files -> models -> findings -> pages -> site.
"""
