export { ErrorCode } from './codes';
export {
  AppError,
  BadUserInputError,
  ConstraintViolationError,
  MissingCypherError,
  QueryLimitError,
  QueryTimeoutError,
  ServiceUnavailableError,
} from './errors';
export { formatError } from './format';
