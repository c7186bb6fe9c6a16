/**
 * Benchmark tooling that stands outside the pipeline: a deterministic generator of synthetic
 * climate-diplomacy articles ({@link org.cdkg.bench.CorpusGenerator}) for measuring how the
 * stages scale. Nothing in the pipeline depends on this package.
 */
package org.cdkg.bench;
