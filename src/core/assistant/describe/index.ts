export {
  describeProduct,
  describeStream,
  streamDescription,
  DEFAULT_SEED,
  DEFAULT_TEMPERATURE,
  type DescribeOptions,
  type DescriptionEvent,
  type DescriptionProgress,
  type DescriptionResult,
} from './generate-description.ts';
export {
  DESCRIPTION_LENGTHS,
  DESCRIPTION_TONES,
  isDescriptionLength,
  isDescriptionTone,
  type DescriptionLength,
  type DescriptionTone,
} from './options.ts';
export {
  checkSentences,
  descriptionChecker,
  DESCRIBE_RULES,
  unsupportedReason,
  type DroppedSentence,
} from './fact-check.ts';
export { productFacts, type ProductFacts } from './product-facts.ts';
export {
  descriptionsCsv,
  descriptionsCsvRow,
  DESCRIPTIONS_CSV_HEADER,
  type DescriptionRow,
} from './descriptions-csv.ts';
