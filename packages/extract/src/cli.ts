// Placeholder until the extractor lands.
console.error('readouts extract: not implemented yet');
process.exit(1);
