/// Multaqa's version, as `--version` prints it and exports name their generator.
public let multaqaVersion = "0.1.0"
