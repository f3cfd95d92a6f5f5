import HandbookCLI

HandbookCommand.run()
