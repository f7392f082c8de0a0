"""Looking at annotated corpora: tables for notebooks (`explore`), charts (`plots`) and
entities highlighted in a text (`display`)."""
