// dcmjs ships no types; these cover the part the test fixtures use to write DICOM files.
declare module 'dcmjs' {
  interface DicomElement {
    vr: string;
    Value: unknown[];
  }
  export class DicomDict {
    constructor(meta: Record<string, DicomElement>);
    dict: Record<string, DicomElement>;
    write(): ArrayBuffer;
  }
  export const data: {
    DicomDict: typeof DicomDict;
    DicomMetaDictionary: { denaturalizeDataset(dataset: Record<string, unknown>): Record<string, DicomElement> };
  };
  const dcmjs: { data: typeof data };
  export default dcmjs;
}
