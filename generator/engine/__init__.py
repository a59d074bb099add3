"""Build machinery every stage may use: caches and atomic writes, the build lock, children that die with the build."""
