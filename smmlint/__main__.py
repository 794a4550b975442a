from smmlint.cli import main

main()
