import { ConflictError, NotFoundError, UnprocessableError, ValidationFailedError } from '../common/errors';

export const suggestionNotFound = (id: string) => new NotFoundError('planning_suggestion', id);
export const policyNotFound = (id: string) => new NotFoundError('planning_policy', id);
export const noRunYet = () => new NotFoundError('planning_run', 'latest');

export const suggestionNotOpen = (id: string, status: string) =>
  new ConflictError('SUGGESTION_NOT_OPEN', `Suggestion ${id} is ${status}; only open suggestions can be dismissed or ordered.`, { suggestionId: id, status });

export const suggestionsNotOpen = (field: string, ids: string[]) =>
  new ConflictError('SUGGESTION_NOT_OPEN', `Suggestions ${ids.join(', ')} are no longer open (dismissed, ordered or recomputed away); reload the list.`, {
    field, suggestionIds: ids,
  });

export const suggestionNotOrderable = (field: string, message: string) =>
  new UnprocessableError('SUGGESTION_NOT_ORDERABLE', message, [{ field, message }]);

export const referenceNotFound = (field: string, entity: string, id: string) =>
  new UnprocessableError('PLANNING_REFERENCE_NOT_FOUND', `No ${entity} with id ${id}.`, [{ field, message: `${field} must name an existing ${entity}` }]);

export const productAndCategory = () =>
  new ValidationFailedError([{ field: 'category', message: 'category must be left out when productId is given: a policy applies to a product or to a category' }]);
