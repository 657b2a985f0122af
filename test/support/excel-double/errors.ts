/** Errors shaped like OfficeExtension.Error: a `code` and a message, thrown at sync (or on a read before load). */
export class DoubleError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export const propertyNotLoaded = (prop: string) =>
  new DoubleError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );

export const itemNotFound = (what: string) =>
  new DoubleError("ItemNotFound", `The requested resource doesn't exist: ${what}`);
export const accessDenied = (what: string) =>
  new DoubleError(
    "AccessDenied",
    `The cell or chart you're trying to change is protected: ${what}`
  );
export const invalidArgument = (what: string) =>
  new DoubleError("InvalidArgument", `The argument is invalid or missing: ${what}`);
export const alreadyExists = (what: string) =>
  new DoubleError("ItemAlreadyExists", `The resource already exists: ${what}`);
export const invalidObjectPath = (what: string) =>
  new DoubleError("InvalidObjectPath", `The object path is not valid: ${what}`);
export const apiNotFound = (what: string) =>
  new DoubleError("ApiNotFound", `The API you are trying to use could not be found: ${what}`);
export const injectedFault = (n: number) =>
  new DoubleError("GeneralException", `fault injected by the test at sync ${n}`);
