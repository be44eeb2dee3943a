/** The generator a report names in its head: it marks the file as this tool's output, which a search of folders passes over. */
export const REPORT_GENERATOR = '<meta name="generator" content="SelfEval">';
