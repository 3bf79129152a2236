export { ErrorCode } from './codes';
export {
  AppError,
  BadUserInputError,
  ConstraintViolationError,
  MissingCypherError,
  QueryTimeoutError,
  ServiceUnavailableError,
} from './errors';
export { formatError } from './format';
