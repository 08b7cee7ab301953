// The shapes the web app reads from the API, named from the types generated out of
// docs/openapi.json (src/web/api-types.ts), so a changed response shape fails `npm run typecheck`.
import type { components } from './api-types.ts';

type Schemas = components['schemas'];

export type Session = Schemas['Session'];
export type Role = Session['role'];
export type User = Schemas['User'];
export type Material = Schemas['Material'];
export type Property = Material['properties'][number];
export type Site = Schemas['Site'];
export type Attachment = Schemas['Attachment'];
export type Organisation = Schemas['Organisation'];
export type Point = Site['location'];

/** A listing as its owner and officers see it, or as other firms do. */
export type Listing = Schemas['Listing'] | Schemas['PublicListing'];
export type FullListing = Schemas['Listing'];
export type Constraint = Schemas['Listing']['accepts'][string];

export type Match = Schemas['Match'];
export type Check = Match['checks'][number];
export type Estimate = Schemas['Estimate'];
export type EstimateLine = Estimate['lines'][number];

export type Exchange = Schemas['Exchange'];
export type ExchangeEvent = NonNullable<Exchange['events']>[number];
export type Transfer = Schemas['Transfer'];

export type Report = Schemas['SavingsReport'];
export type Figures = Report['totals'];
export type Region = Schemas['Region'];
export type Network = Schemas['Network'];
export type ExchangeAdditionality = Schemas['ExchangeAdditionality'];

export type ExchangePicture = Schemas['ExchangePicture'];
export type ExchangeMessage = Schemas['ExchangeMessage'];
