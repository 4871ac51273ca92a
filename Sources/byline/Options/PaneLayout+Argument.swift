import ArgumentParser
import BylineUI

/// `--layout columns` / `--layout stacked`.
extension PaneLayout.Arrangement: ExpressibleByArgument {}
