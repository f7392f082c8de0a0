from migtext.cli import main

main()
