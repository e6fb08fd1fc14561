/** Discord's documented limits that rendering and commands must respect. */
export const limits = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  /** Sum of every embed's text in one message. */
  embedsTotal: 6000,
  embedsPerMessage: 10,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  buttonLabel: 80,
  customId: 100,
  modalTitle: 45,
  textInputLabel: 45,
  /** The hint under a modal input's label. */
  labelDescription: 100,
  textInputValue: 4000,
  textDisplay: 4000,
  choicesPerOption: 25,
  choiceName: 100,
  /** An attachment's description (its alt text). */
  attachmentDescription: 1024,
} as const;
