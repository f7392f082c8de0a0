from migtext.pipeline.cli import main

main()
