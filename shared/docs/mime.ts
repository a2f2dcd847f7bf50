// The media type of a Word document, apart from the document code so that
// naming it does not load docx.
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
