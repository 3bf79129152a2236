export { ERROR_CODES, ErrorCode, httpStatusOf } from './codes';
export type { ErrorCodeInfo } from './codes';
export {
  AppError,
  BadUserInputError,
  ConstraintViolationError,
  MissingCypherError,
  QueryLimitError,
  QueryTimeoutError,
  RequestTimeoutError,
  ServiceUnavailableError,
  UnauthenticatedError,
  ForbiddenError,
} from './errors';
export type { LimitCode } from './errors';
export { currentRequestId, withRequestId } from './request-id';
export { formatError } from './format';
