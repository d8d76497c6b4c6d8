// @readouts/extract: turns a MOFA page (DOM + URL) into a Readout, or says why it is not one.
export {};
