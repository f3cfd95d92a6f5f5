import HandbookCLI

await HandbookCommand.run()
