"""Documents: Chinese originals and their Mongolian translations (Markdown with front matter), with the
files they attach and the links between them. model and loader -> checks -> view."""
