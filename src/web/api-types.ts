// Generated from docs/openapi.json by npm run docs:export; do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is up
         * @description Public. Answers 200 while the process runs, without touching the database; use it as a liveness probe.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The database answers and its migrations are current
         * @description Public. 200 when the database answers and every migration is applied; 503 problem+json otherwise, so a load balancer can hold traffic back.
         */
        get: operations["getReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The material catalogue: codes, units, List of Waste codes and grade properties
         * @description Public. Every material code listings may use, with its unit and the grade properties (and their ranges or values) an offer may state and a want may constrain.
         */
        get: operations["listMaterials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/materials/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One material of the catalogue
         * @description Public. One material of the catalogue by its code, with its grade properties; 404 for an unknown code.
         */
        get: operations["getMaterial"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every organisation (officers)
         * @description Officers and admins. Every organisation with its role and contact; members get 403.
         */
        get: operations["listOrganisations"];
        put?: never;
        /**
         * Create an organisation and its first API key (shown once)
         * @description Admins only. Creates the organisation with its role and returns its first API key; the secret is shown in this response only, so store it. Send an Idempotency-Key to retry safely: the same key with a different body is a 422.
         */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One organisation: your own, or any for officers
         * @description A member may read its own organisation; officers and admins may read any. Another organisation, or an unknown id, is a 404.
         */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An organisation's keys, without secrets (an admin, or the organisation)
         * @description The organisation itself or an admin. Each key's details without the secret; 404 for anyone else.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Issue another API key for an organisation (shown once)
         * @description Admins only. Issues a further key for the organisation (to rotate one without downtime); the secret is in this response only. 404 for an unknown organisation.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a key at once (an admin, or the organisation that owns it)
         * @description The organisation that owns the key, or an admin. The key stops working with the next request; 204 on success, 404 if the key is not yours.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is calling: the signed-in person (with the CSRF token) or the API key
         * @description Any caller with a key or session. Returns the principal: the signed-in person, their organisation and role, and the CSRF token that changes made with the cookie must echo; null user for an API key.
         */
        get: operations["getSession"];
        put?: never;
        /**
         * Sign in with email and password: sets an HttpOnly session cookie
         * @description Five wrong passwords in a row lock the account for 15 minutes (423); failures also count toward the per-address limit on failed authentication (429). Changes made with the cookie must send the returned csrfToken as X-CSRF-Token.
         */
        post: operations["signIn"];
        /**
         * Sign out: ends this session and clears its cookie
         * @description Signed-in people. Ends this session and clears its cookie (204); needs X-CSRF-Token like every change made with the cookie.
         */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password; your other sessions end
         * @description Signed-in people. A wrong current password is a 400 naming currentPassword; an API key has no password (409). Every other session of the person ends, this one stays.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a person to an organisation (its admin, or a programme admin)
         * @description The invite link is returned to the inviter and written to the log; when SMTP_URL is set it is also e-mailed to the person (emailed says whether the mail server took it).
         */
        post: operations["invitePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people of an organisation (the organisation itself, or a programme admin)
         * @description The organisation itself or a programme admin. Each person's name, email and whether they administer the organisation; 404 for anyone else.
         */
        get: operations["listPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a person from their organisation (its admins, or a programme admin); their sessions end
         * @description To mend a forgotten password, remove the person and invite them again.
         */
        delete: operations["removePerson"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invites/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an invite is for (anyone holding its link)
         * @description Public: the token in the link is the credential. Tells the person what they are invited to before they choose a password; 404 for a used, expired or unknown token.
         */
        get: operations["getInvite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invites/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invite: choose a name and password; signs you in
         * @description Public: the token in the link is the credential. Creates the person with the chosen name and password and signs them in (201 with the session and its cookie); 409 if the email is already registered, 404 for a used or expired invite.
         */
        post: operations["acceptInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your organisation's sites (every site, for officers)
         * @description Members see their organisation's sites; officers and admins see every site.
         */
        get: operations["listSites"];
        put?: never;
        /**
         * Add one of your organisation's premises
         * @description Members of the organisation (the built-in admin key belongs to none: 403). Listings are placed at a site. Send an Idempotency-Key to retry safely: the same key with a different body is a 422.
         */
        post: operations["createSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One site
         * @description Your organisation's site, or any for officers; 404 otherwise.
         */
        get: operations["getSite"];
        put?: never;
        post?: never;
        /**
         * Remove a site that has no listings
         * @description Your organisation's site. 204 when removed; 409 while any listing still uses it.
         */
        delete: operations["deleteSite"];
        options?: never;
        head?: never;
        /**
         * Change a site; moving it moves its listings
         * @description Your organisation's site. A new location moves every listing at the site with it; 404 for another organisation's site.
         */
        patch: operations["updateSite"];
        trace?: never;
    };
    "/listings/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import up to 50,000 listings from CSV or GeoJSON, with a report of every invalid row
         * @description Members, into their own sites. CSV or GeoJSON body (415 otherwise, 413 past the size limit); valid rows are created in one transaction and the report names every invalid row and field. Send an Idempotency-Key to retry safely: the same key with a different body is a 422.
         */
        post: operations["importListings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search listings by kind, material, category, status, place; Accept: application/geo+json for GeoJSON
         * @description Members and above. A page of listings, newest first, with a cursor for the next; other organisations' listings come in their public view at an approximate point. 400 names a bad filter.
         */
        get: operations["searchListings"];
        put?: never;
        /**
         * List an offer (surplus) or a want (feedstock need); active at once unless sent as draft
         * @description Members, at one of their own sites. Returns the full listing with its version for later If-Match updates; grades are checked against the material's properties (400 naming the field). Send an Idempotency-Key to retry safely: the same key with a different body is a 422.
         */
        post: operations["createListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One listing: in full for its owner and officers, otherwise other firms' public view
         * @description Members and above. The owner and officers get the full listing with its ETag; other members get the public view, at an approximate point; 404 for a listing the caller may not see.
         */
        get: operations["getListing"];
        put?: never;
        post?: never;
        /**
         * Delete your listing (one in an exchange can only be closed)
         * @description The owner. 204 when deleted; a listing in an exchange cannot be deleted (409), only closed.
         */
        delete: operations["deleteListing"];
        options?: never;
        head?: never;
        /**
         * Change your listing; needs If-Match with its ETag
         * @description The owner (403 for another organisation's active listing). Needs If-Match with the listing's ETag: 428 without it, 412 if the listing changed since, so no edit overwrites a newer one.
         */
        patch: operations["updateListing"];
        trace?: never;
    };
    "/listings/{id}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push the expiry of your listing 90 days on; an expired listing becomes active
         * @description The owner. Returns the listing with its new expiry; 409 for a closed listing. Send an Idempotency-Key to retry safely: the same key with a different body is a 422.
         */
        post: operations["renewListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchanges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exchanges: a member's own, or every one for officers; newest first
         * @description Members see exchanges their organisation is a party to; officers and admins see every one. Filter by status and organisation; paged with a cursor.
         */
        get: operations["listExchanges"];
        put?: never;
        /**
         * Propose an exchange between an offer and a want (a party, or an officer brokering)
         * @description A member that owns one of the two listings, or an officer brokering. Both listings must be active and unexpired and the offer able to supply the quantity (409 otherwise). Send an Idempotency-Key to retry safely: the same key with a different body is a 422.
         */
        post: operations["createExchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchanges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One exchange with its history; contacts and exact sites once accepted
         * @description A party or an officer; 404 for anyone else. Parties see contacts and exact sites once the exchange is accepted; officers always do.
         */
        get: operations["getExchange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchanges/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept your side; the exchange is accepted when both sides have
         * @description A party, for its own side only (an officer cannot accept for a party). Returns the exchange; 409 if that side has already accepted or the exchange is no longer proposed.
         */
        post: operations["acceptExchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchanges/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a proposed or accepted exchange (a party or an officer)
         * @description A party or an officer, with an optional note. Returns the exchange; 409 once it is completed, declined or cancelled.
         */
        post: operations["cancelExchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchanges/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an accepted or active exchange completed
         * @description A party or an officer. Returns the exchange; 409 unless it is accepted or active.
         */
        post: operations["completeExchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchanges/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a proposed exchange, with the reason (kept, to learn from)
         * @description A party. The reason (and an optional note) is kept so matching can learn from it; 409 when the exchange's status no longer allows declining.
         */
        post: operations["declineExchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchanges/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The transfers of an exchange, with their savings and corrections
         * @description A party or an officer; 404 for anyone else. Each transfer with its stored savings and, if corrected, the transfer that corrects it.
         */
        get: operations["listTransfers"];
        put?: never;
        /**
         * Record what was moved; its realised savings are computed once and kept (a party or an officer)
         * @description A party or an officer, on an accepted or active exchange (409 otherwise). Savings are computed with the current factor set and stored with the transfer, so later factor changes do not rewrite them. Send an Idempotency-Key to retry safely: the same key with a different body is a 422.
         */
        post: operations["recordTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The compatible counterparts of one of your listings, best first, each with why it qualifies
         * @description The listing's owner or an officer. Counterparts ranked by score, each with its grade checks, distances and estimated savings; 409 for a listing that is not active.
         */
        get: operations["listListingMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/matches/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ad hoc matching: what a would-be offer or want would find, without listing it
         * @description Members and above. The same matching as a stored listing gets, for a listing described in the body; nothing is saved.
         */
        post: operations["searchMatches"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every write: who, what, when, before and after; newest first (officers)
         * @description Officers and admins (403 for members). Filter by entity type and id or by the organisation that wrote; paged with a cursor.
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/estimates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cost and carbon saved by one diversion, line by line with every source
         * @description Members and above. Every line names its factor, unit and source; uses the default factor set unless one is named. Nothing is stored.
         */
        post: operations["createEstimate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/factor-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stored factor sets, and which is the default
         * @description Members and above. Each set's name, validity and whether it is the default for new estimates.
         */
        get: operations["listFactorSets"];
        put?: never;
        /**
         * Add a factor set (next year's DESNZ factors, new tax rates); sets are immutable
         * @description Admins only. A set is immutable once stored; 409 if its id is taken, so give next year's set a new id. Send an Idempotency-Key to retry safely: the same key with a different body is a 422.
         */
        post: operations["createFactorSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/factor-sets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One factor set: every figure with its unit, source, confidence and validity
         * @description Members and above. Every figure with its unit, source and confidence; 404 for an unknown id.
         */
        get: operations["getFactorSet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The registered regions (officers)
         * @description Officers and admins. Names and ids, without boundaries; use them to group the savings report.
         */
        get: operations["listRegions"];
        put?: never;
        /**
         * Register a named boundary (GeoJSON Polygon or MultiPolygon, up to 10000 positions) to report by (officers)
         * @description Officers and admins. The boundary is checked as GeoJSON (400 names the field at fault); 409 if the name is taken. Send an Idempotency-Key to retry safely: the same key with a different body is a 422.
         */
        post: operations["createRegion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One region with its boundary (officers)
         * @description Officers and admins. The region with its GeoJSON boundary; 404 for an unknown id.
         */
        get: operations["getRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/savings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tonnes diverted, £ saved, tCO2e avoided and businesses assisted, realised (transfers) beside estimated (accepted exchanges); format=json|csv|xlsx|geojson|gpkg|pdf
         * @description Officers and admins (403 for members). Filter by dates, material, category, organisation or region and group the figures; JSON unless format asks for CSV, XLSX, GeoJSON flows, GeoPackage or PDF.
         */
        get: operations["getSavingsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OGC API – Features landing page
         * @description Members and above (anyone when OGC_PUBLIC is set). Links to the API definition, conformance and collections; JSON or HTML by f or Accept.
         */
        get: operations["ogcLandingPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/conformance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The OGC API conformance classes this service implements
         * @description Members and above (anyone when OGC_PUBLIC is set). The conformance class URIs GIS clients check before using the API.
         */
        get: operations["ogcConformance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/api": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The API definition (redirects to the OpenAPI document)
         * @description Members and above (anyone when OGC_PUBLIC is set). A 302 to this OpenAPI document, as OGC API – Features requires.
         */
        get: operations["ogcApiDefinition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The feature collections this caller may read
         * @description Members and above (anyone when OGC_PUBLIC is set). Only the collections the caller may read, each with its extent and CRS list.
         */
        get: operations["ogcCollections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One feature collection: its extent, CRS and links
         * @description Members and above (anyone when OGC_PUBLIC is set). 403 for a collection the caller may not read (regions are for officers), 404 for an unknown one.
         */
        get: operations["ogcCollection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Features of a collection, a page at a time (GeoJSON; HTML for browsers; f=gpkg for a GeoPackage)
         * @description Members and above (anyone when OGC_PUBLIC is set). Filter by bbox and datetime, page with limit and the next link, pick the CRS with crs; 400 names a bad parameter.
         */
        get: operations["ogcItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}/items/{featureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One feature of a collection
         * @description Members and above (anyone when OGC_PUBLIC is set). The feature as GeoJSON (or HTML); 404 if it does not exist or is not visible to the caller.
         */
        get: operations["ogcFeature"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tiles/{collection}/{z}/{x}/{y}.mvt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A vector tile (MVT) of active listings at their public points; counts per cell below zoom 14
         * @description Members and above. A Mapbox Vector Tile; answers 304 to If-None-Match with the current ETag. 400 for a tile address outside the zoom range or grid, 404 for an unknown collection.
         */
        get: operations["getTile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tiles/{collection}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TileJSON 3.0 for a tile collection: where its tiles are and what their features hold
         * @description Members and above. The tile URL template, zoom range, bounds and the fields of each feature layer; 404 for an unknown collection.
         */
        get: operations["getTileJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A region's best allocation of active surplus to feasible wants (HiGHS), beside greedy and realised (officers); format=json|csv|xlsx|geojson
         * @description Areas with more than OPTIMISER_ASYNC_LISTINGS active listings are solved as a job: 202 with a Location to poll. GeoJSON lines join the two sites’ exact points: this route is for officers.
         */
        post: operations["mapOpportunities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A long opportunity solve: progress, then its result (officers of the organisation that started it)
         * @description Jobs run in the service process and are lost if it restarts. format applies to a finished result.
         */
        get: operations["getOpportunityJob"];
        put?: never;
        post?: never;
        /**
         * Cancel a running opportunity solve (its worker thread is stopped)
         * @description Officers of the organisation that started the job. Stops the solve's worker and returns the job as it then stands; 404 for a job that is unknown or another organisation's.
         */
        delete: operations["cancelOpportunityJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your inbox, newest first
         * @description An API key reads its organisation's inbox; a signed-in person reads the same items with their own read marks. Paged with a cursor; unread=true for the unread only.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many inbox items you have not read
         * @description The number the web app shows in its header.
         */
        get: operations["countUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one inbox item read
         * @description Marking it again keeps the first time. 404 for an item not in your inbox.
         */
        post: operations["readNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark every item of your inbox read
         * @description For a person, their own read marks; for an API key, the organisation’s.
         */
        post: operations["readAllNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/saved-searches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your organisation's saved searches
         * @description Every member of the organisation sees the same list, oldest first.
         */
        get: operations["listSavedSearches"];
        put?: never;
        /**
         * Keep a match search: be told when a new listing satisfies it
         * @description query is a POST /matches/search body, checked the same way. Each listing that becomes active and satisfies it is told at once (instant) or in one daily or weekly digest (saved-search.matched).
         */
        post: operations["createSavedSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/saved-searches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop a saved search
         * @description 404 for a search that is not your organisation’s.
         */
        delete: operations["deleteSavedSearch"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your organisation's webhooks (never their secrets)
         * @description Members of the organisation; a webhook disabled for failing says when and why.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a webhook for your organisation; the signing secret is shown once
         * @description Members of the organisation. Each event of the listed types that concerns the organisation is POSTed to the URL, signed as the Standard Webhooks specification says (docs/notifications.md). The URL must resolve to public addresses only (400 naming url otherwise); redirects are never followed.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a webhook: nothing more is sent to it
         * @description Your organisation's webhook; 404 for any other. Its pending deliveries go with it.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook's deliveries, newest first: status, attempts, last answer, next attempt
         * @description Your organisation's webhook; 404 for any other.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which events you are e-mailed about (the inbox always has them all)
         * @description Signed-in people; an API key has no preferences (409).
         */
        get: operations["getPreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Turn e-mail on or off per event type; officers opt in to every transfer
         * @description Signed-in people; types left out keep their setting. officerTransfers from anyone but an officer is a 400 naming it.
         */
        patch: operations["updatePreferences"];
        trace?: never;
    };
    "/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn off one type of e-mail with the signed link from an e-mail, without signing in
         * @description The token names the person and the event type; a token this service did not sign is a 400 naming token. Mail clients use it for one-click unsubscribe (RFC 8058); the web app at #/unsubscribe/{token} does too.
         */
        post: operations["unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        FactorSetInput: {
            id: string;
            name: string;
            /** @default  */
            description: string;
            factors: {
                key: string;
                label: string;
                value: number;
                unit: string;
                source: {
                    publisher: string;
                    title: string;
                    table?: string;
                    year: number;
                    /** Format: uri */
                    url?: string;
                };
                /**
                 * @description V2 read in the source and a second copy; V read in the source; S read in a secondary source; D derived; R recalled, unverified
                 * @enum {string}
                 */
                confidence: "V2" | "V" | "S" | "D" | "R";
                /** Format: date */
                validFrom?: string;
                /** Format: date */
                validTo?: string;
            }[];
            materials: {
                [key: string]: {
                    /** @constant */
                    kind: "solid";
                    /** @enum {string} */
                    taxBand: "standard" | "lower";
                    landfillKey: string;
                    primaryKey: string | null;
                    secondaryKey: string | null;
                    note?: string;
                } | {
                    /** @constant */
                    kind: "water";
                    supplyKey: string;
                    treatmentKey: string;
                    note?: string;
                };
            };
        };
        /** @enum {string} */
        NotificationTypeInput: "match.found" | "saved-search.matched" | "exchange.proposed" | "exchange.accepted" | "exchange.declined" | "exchange.cancelled" | "exchange.completed" | "transfer.recorded" | "listing.expiring" | "listing.expired" | "webhook.disabled";
        ScenarioListingInput: {
            /**
             * @description What you would list: an offer finds wants, a want finds offers
             * @enum {string}
             */
            kind: "offer" | "want";
            /** @example foundry-sand */
            material: string;
            /** @default {} */
            grade: {
                [key: string]: number | string;
            };
            /** @default {} */
            accepts: {
                [key: string]: {
                    min?: number;
                    max?: number;
                    oneOf?: (number | string)[];
                };
            };
            quantity: {
                amount: number;
                /** @enum {string} */
                unit: "t" | "m3";
                /** @enum {string} */
                rate: "one-off" | "week" | "month" | "year";
            };
            /** Format: date */
            availableFrom?: string;
            /** Format: date */
            availableUntil?: string;
            maxHaulKm: number;
            /**
             * @description GeoJSON Point, [longitude, latitude] in WGS 84
             * @example {
             *       "type": "Point",
             *       "coordinates": [
             *         -2.0662,
             *         52.5294
             *       ]
             *     }
             */
            location: {
                /** @constant */
                type: "Point";
                coordinates: [
                    number,
                    number
                ];
            };
            /** @description Offers: where the material goes today, for the savings estimate */
            currentRoute?: {
                /** @enum {string} */
                route: "landfill" | "recycling" | "other";
                gateFeeGbpPerTonne?: number;
            };
            /** @description Wants: price paid now */
            virginPriceGbpPerTonne?: number;
        };
        /**
         * @example {
         *       "code": "process-water",
         *       "name": "Process water",
         *       "category": "water",
         *       "unit": "m3",
         *       "densityTPerM3": 1,
         *       "description": "Industrial process water suitable for non-potable use.",
         *       "ewcCodes": [
         *         {
         *           "code": "16 10 02",
         *           "description": "aqueous liquid wastes",
         *           "hazardous": false
         *         }
         *       ],
         *       "hazardous": false,
         *       "properties": [
         *         {
         *           "name": "ph",
         *           "label": "pH",
         *           "kind": "number",
         *           "unit": "pH",
         *           "min": 0,
         *           "max": 14
         *         }
         *       ],
         *       "substitutes": []
         *     }
         */
        Material: {
            /** @example foundry-sand */
            code: string;
            name: string;
            /** @enum {string} */
            category: "sand-aggregates" | "water" | "metals" | "other";
            /**
             * @description The unit quantities of this material are given in
             * @enum {string}
             */
            unit: "t" | "m3";
            /** @description Converts m3 to t where known */
            densityTPerM3: number | null;
            description: string;
            ewcCodes: {
                code: string;
                description: string;
                hazardous: boolean;
            }[];
            /** @description True when any of its List of Waste codes is hazardous */
            hazardous: boolean;
            properties: ({
                name: string;
                label: string;
                /** @constant */
                kind: "number";
                unit: string;
                min: number;
                max: number;
                /** @description A residual element limited by steel makers */
                residual?: boolean;
            } | {
                name: string;
                label: string;
                /** @constant */
                kind: "category";
                values: string[];
            })[];
            /** @description Other materials that a want for this material also accepts */
            substitutes: string[];
        };
        FactorSet: {
            id: string;
            name: string;
            /** @default  */
            description: string;
            factors: {
                key: string;
                label: string;
                value: number;
                unit: string;
                source: {
                    publisher: string;
                    title: string;
                    table?: string;
                    year: number;
                    /** Format: uri */
                    url?: string;
                };
                /**
                 * @description V2 read in the source and a second copy; V read in the source; S read in a secondary source; D derived; R recalled, unverified
                 * @enum {string}
                 */
                confidence: "V2" | "V" | "S" | "D" | "R";
                /** Format: date */
                validFrom?: string;
                /** Format: date */
                validTo?: string;
            }[];
            materials: {
                [key: string]: {
                    /** @constant */
                    kind: "solid";
                    /** @enum {string} */
                    taxBand: "standard" | "lower";
                    landfillKey: string;
                    primaryKey: string | null;
                    secondaryKey: string | null;
                    note?: string;
                } | {
                    /** @constant */
                    kind: "water";
                    supplyKey: string;
                    treatmentKey: string;
                    note?: string;
                };
            };
        };
        /**
         * @example {
         *       "type": "urn:reuse-exchange:problem:validation",
         *       "title": "Invalid request",
         *       "status": 400,
         *       "detail": "body.contactEmail: Invalid email address",
         *       "errors": [
         *         {
         *           "in": "body",
         *           "path": "contactEmail",
         *           "message": "Invalid email address"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /** @description A URI naming the kind of problem; about:blank for a plain HTTP status */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            requestId?: string;
            errors?: {
                /** @enum {string} */
                in?: "body" | "querystring" | "params" | "headers";
                /** @description Dotted path of the failing field, e.g. quantity.amount */
                path: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        MatchedListing: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "offer" | "want";
            material: string;
            grade: {
                [key: string]: number | string;
            };
            accepts: {
                [key: string]: {
                    min?: number;
                    max?: number;
                    oneOf?: (number | string)[];
                };
            };
            quantity: {
                amount: number;
                /** @enum {string} */
                unit: "t" | "m3";
                /** @enum {string} */
                rate: "one-off" | "week" | "month" | "year";
            };
            availableFrom: string | null;
            availableUntil: string | null;
            maxHaulKm: number;
            /**
             * @description GeoJSON Point, [longitude, latitude] in WGS 84
             * @example {
             *       "type": "Point",
             *       "coordinates": [
             *         -2.0662,
             *         52.5294
             *       ]
             *     }
             */
            location: {
                /** @constant */
                type: "Point";
                coordinates: [
                    number,
                    number
                ];
            };
            /**
             * @description approximate: the centre of a ~1 km cell, as other firms see it
             * @enum {string}
             */
            locationPrecision: "exact" | "approximate";
            /** @description Officers only; members see other firms anonymously until an exchange is accepted */
            organisation: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
        };
        Match: {
            listing: components["schemas"]["MatchedListing"];
            /** @description Great-circle distance on the WGS 84 spheroid (PostGIS geography) to the listing's public point (`location`); officers: to its exact site */
            distanceKm: number;
            /** @description distanceKm × the factor set's road circuity (1.4 for England) */
            roadKm: number;
            /** @description Matched amount a year, when both sides are flows */
            quantityPerYear: number | null;
            /** @description Matched amount of one lot, when either side is a one-off */
            quantityPerLot: number | null;
            quantity: {
                /** @enum {string} */
                basis: "year" | "lot";
                amount: number;
                /** @enum {string} */
                unit: "t" | "m3";
                shareOfWant: number;
            };
            checks: {
                property: string;
                /** @enum {string} */
                result: "pass" | "fail" | "unknown";
                offered: number | string | null;
                constraint: {
                    min?: number;
                    max?: number;
                    oneOf?: (number | string)[];
                };
            }[];
            /** @description 0–1: grade fit, nearness within both hauls, share of the want */
            score: number;
            /** @description Estimated for the matched quantity: the offer's route and gate fee, the want's virgin price */
            savings: {
                /** @enum {string} */
                basis: "year" | "lot";
                costSavedGbpPerYear: number | null;
                co2eAvoidedKgPerYear: number | null;
                costSavedGbpPerLot: number | null;
                co2eAvoidedKgPerLot: number | null;
                factorSet: string;
                assumptions: string[];
                /** @description POST this to /estimates to see every line of the estimate with its source */
                estimateRequest: {
                    [key: string]: unknown;
                };
            };
        };
        Estimate: {
            lines: {
                key: string;
                label: string;
                /** @enum {string} */
                kind: "cost" | "carbon";
                quantity: number;
                quantityUnit: string;
                factor: number;
                factorUnit: string;
                value: number;
                /** @enum {string} */
                unit: "GBP" | "kg CO2e";
                source: string;
                /** @enum {string} */
                confidence: "V2" | "V" | "S" | "D" | "R" | "user";
            }[];
            totals: {
                tonnes: number;
                cubicMetres?: number;
                costSavedGbp: number;
                co2eAvoidedKg: number;
            };
            perYear?: {
                tonnes: number;
                cubicMetres?: number;
                costSavedGbp: number;
                co2eAvoidedKg: number;
            };
            roadKm: number | null;
            greatCircleKm: number | null;
            date: string;
            taxYear: string;
            factorSet: {
                id: string;
                name: string;
            };
            assumptions: string[];
        };
        Exchange: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "proposed" | "accepted" | "active" | "completed" | "declined" | "cancelled";
            /** @description The offer's material code */
            material: string;
            /** @description The caller's side: its organisation offers or wants; null for officers brokering */
            yourSide: ("offer" | "want") | null;
            /** Format: uuid */
            offerId: string;
            /** Format: uuid */
            wantId: string;
            quantity: {
                amount: number;
                /** @enum {string} */
                unit: "t" | "m3";
                /**
                 * @default one-off
                 * @enum {string}
                 */
                rate: "one-off" | "week" | "month" | "year";
            };
            offerAccepted: boolean;
            wantAccepted: boolean;
            /** @description Proposed by a programme officer rather than a party */
            brokered: boolean;
            decline: {
                /** @enum {string} */
                reason: "price" | "grade" | "distance" | "timing" | "regulatory" | "other";
                note: string | null;
            } | null;
            /** @description Both parties’ names, contacts and exact sites: shown once the exchange is accepted */
            parties: {
                offer: {
                    organisation: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        contactEmail: string;
                        contactName: string | null;
                        contactPhone: string | null;
                    };
                    site: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        address: string | null;
                        postcode: string | null;
                        location: {
                            /** @constant */
                            type: "Point";
                            coordinates: [
                                number,
                                number
                            ];
                        };
                    };
                };
                want: {
                    organisation: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        contactEmail: string;
                        contactName: string | null;
                        contactPhone: string | null;
                    };
                    site: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        address: string | null;
                        postcode: string | null;
                        location: {
                            /** @constant */
                            type: "Point";
                            coordinates: [
                                number,
                                number
                            ];
                        };
                    };
                };
            } | null;
            events: {
                /** Format: date-time */
                at: string;
                action: string;
                fromStatus: ("proposed" | "accepted" | "active" | "completed" | "declined" | "cancelled") | null;
                /** @enum {string} */
                toStatus: "proposed" | "accepted" | "active" | "completed" | "declined" | "cancelled";
                /** @description Null for the other party until the exchange is accepted */
                actorOrganisationId: string | null;
                reason: ("price" | "grade" | "distance" | "timing" | "regulatory" | "other") | null;
                note: string | null;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Transfer: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            exchangeId: string;
            date: string;
            amount: number;
            /** @enum {string} */
            unit: "t" | "m3";
            haulKm: number | null;
            note: string | null;
            corrects: string | null;
            /** @description Set when a later transfer corrects this one */
            correctedBy: string | null;
            savings: {
                lines: {
                    key: string;
                    label: string;
                    /** @enum {string} */
                    kind: "cost" | "carbon";
                    quantity: number;
                    quantityUnit: string;
                    factor: number;
                    factorUnit: string;
                    value: number;
                    /** @enum {string} */
                    unit: "GBP" | "kg CO2e";
                    source: string;
                    /** @enum {string} */
                    confidence: "V2" | "V" | "S" | "D" | "R" | "user";
                }[];
                totals: {
                    tonnes: number;
                    cubicMetres?: number;
                    costSavedGbp: number;
                    co2eAvoidedKg: number;
                };
                roadKm: number | null;
                taxYear: string;
                factorSet: {
                    id: string;
                    name: string;
                };
                assumptions: string[];
            };
            /** Format: date-time */
            createdAt: string;
        };
        PublicListing: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "offer" | "want";
            material: string;
            /** @enum {string} */
            category: "sand-aggregates" | "water" | "metals" | "other";
            /** @description Offers: measured values per property */
            grade: {
                [key: string]: number | string;
            };
            /** @description Wants: constraints per property */
            accepts: {
                [key: string]: {
                    min?: number;
                    max?: number;
                    oneOf?: (number | string)[];
                };
            };
            quantity: {
                amount: number;
                /** @enum {string} */
                unit: "t" | "m3";
                /** @enum {string} */
                rate: "one-off" | "week" | "month" | "year";
            };
            availableFrom: string | null;
            availableUntil: string | null;
            maxHaulKm: number;
            /**
             * @description expired: past expiresAt (renew it); ended: an active listing past its availableUntil
             * @enum {string}
             */
            status: "draft" | "active" | "paused" | "closed" | "expired" | "ended";
            /** Format: date-time */
            expiresAt: string;
            /**
             * @description GeoJSON Point, [longitude, latitude] in WGS 84
             * @example {
             *       "type": "Point",
             *       "coordinates": [
             *         -2.0662,
             *         52.5294
             *       ]
             *     }
             */
            location: {
                /** @constant */
                type: "Point";
                coordinates: [
                    number,
                    number
                ];
            };
            postcodeDistrict: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description From `near`, when searching by place: to the listing's public point; officers: to its exact site */
            distanceKm?: number;
            /** @constant */
            visibility: "public";
        };
        Listing: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "offer" | "want";
            material: string;
            /** @enum {string} */
            category: "sand-aggregates" | "water" | "metals" | "other";
            /** @description Offers: measured values per property */
            grade: {
                [key: string]: number | string;
            };
            /** @description Wants: constraints per property */
            accepts: {
                [key: string]: {
                    min?: number;
                    max?: number;
                    oneOf?: (number | string)[];
                };
            };
            quantity: {
                amount: number;
                /** @enum {string} */
                unit: "t" | "m3";
                /** @enum {string} */
                rate: "one-off" | "week" | "month" | "year";
            };
            availableFrom: string | null;
            availableUntil: string | null;
            maxHaulKm: number;
            /**
             * @description expired: past expiresAt (renew it); ended: an active listing past its availableUntil
             * @enum {string}
             */
            status: "draft" | "active" | "paused" | "closed" | "expired" | "ended";
            /** Format: date-time */
            expiresAt: string;
            /**
             * @description GeoJSON Point, [longitude, latitude] in WGS 84
             * @example {
             *       "type": "Point",
             *       "coordinates": [
             *         -2.0662,
             *         52.5294
             *       ]
             *     }
             */
            location: {
                /** @constant */
                type: "Point";
                coordinates: [
                    number,
                    number
                ];
            };
            postcodeDistrict: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description From `near`, when searching by place: to the listing's public point; officers: to its exact site */
            distanceKm?: number;
            /** @constant */
            visibility: "full";
            version: number;
            /** Format: uuid */
            organisationId: string;
            organisation: {
                /** Format: uuid */
                id: string;
                name: string;
                contactEmail: string;
                contactName: string | null;
                contactPhone: string | null;
            };
            /** Format: uuid */
            siteId: string;
            site: {
                /** Format: uuid */
                id: string;
                name: string;
                address: string | null;
                postcode: string | null;
            };
            /** @description Offers: where the material goes today and what that costs */
            currentRoute: {
                /** @enum {string} */
                route: "landfill" | "recycling" | "other";
                gateFeeGbpPerTonne?: number;
            } | null;
            virginPriceGbpPerTonne: number | null;
        };
        ListingFeatureCollection: {
            /** @constant */
            type: "FeatureCollection";
            features: {
                /** @constant */
                type: "Feature";
                /** Format: uuid */
                id: string;
                /**
                 * @description GeoJSON Point, [longitude, latitude] in WGS 84
                 * @example {
                 *       "type": "Point",
                 *       "coordinates": [
                 *         -2.0662,
                 *         52.5294
                 *       ]
                 *     }
                 */
                geometry: {
                    /** @constant */
                    type: "Point";
                    coordinates: [
                        number,
                        number
                    ];
                };
                properties: {
                    [key: string]: unknown;
                };
            }[];
            numberReturned: number;
            links: {
                rel: string;
                href: string;
                type: string;
            }[];
        };
        ListingImportReport: {
            /** @enum {string} */
            mode: "all-or-nothing" | "valid-only";
            received: number;
            imported: number;
            rejected: number;
            listings: {
                row: number;
                /** Format: uuid */
                id: string;
            }[];
            rejectedRows: {
                /** @description 1-based: the first record after the CSV header, or the first feature */
                row: number;
                errors: {
                    path: string;
                    message: string;
                }[];
            }[];
        };
        OgcLandingPage: {
            links: {
                href: string;
                rel: string;
                type?: string;
                title?: string;
            }[];
            title: string;
            description: string;
        } & {
            [key: string]: unknown;
        };
        OgcConformance: {
            conformsTo: string[];
        };
        OgcCollection: {
            links: {
                href: string;
                rel: string;
                type?: string;
                title?: string;
            }[];
            id: string;
            title: string;
            description: string;
            crs: string[];
            storageCrs: string;
        } & {
            [key: string]: unknown;
        };
        OgcCollections: {
            links: {
                href: string;
                rel: string;
                type?: string;
                title?: string;
            }[];
            collections: ({
                links: {
                    href: string;
                    rel: string;
                    type?: string;
                    title?: string;
                }[];
                id: string;
                title: string;
                description: string;
                crs: string[];
                storageCrs: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        OgcFeature: {
            links: {
                href: string;
                rel: string;
                type?: string;
                title?: string;
            }[];
            /** @constant */
            type: "Feature";
            id: string;
            geometry: unknown;
            properties: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        OgcFeatureCollection: {
            links: {
                href: string;
                rel: string;
                type?: string;
                title?: string;
            }[];
            /** @constant */
            type: "FeatureCollection";
            features: components["schemas"]["OgcFeature"][];
            /** @description Left out when more than 10000 match */
            numberMatched?: number;
            numberReturned: number;
            timeStamp: string;
        } & {
            [key: string]: unknown;
        };
        /** @enum {string} */
        NotificationType: "match.found" | "saved-search.matched" | "exchange.proposed" | "exchange.accepted" | "exchange.declined" | "exchange.cancelled" | "exchange.completed" | "transfer.recorded" | "listing.expiring" | "listing.expired" | "webhook.disabled";
        Notification: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["NotificationType"];
            /** Format: date-time */
            createdAt: string;
            /** @description For a person: when they read it; for an API key: when the organisation did */
            readAt: string | null;
            /** @description What happened, as the recipient may see it (docs/notifications.md lists each type) */
            data: {
                [key: string]: unknown;
            };
        };
        SavedSearch: {
            /** Format: uuid */
            id: string;
            name: string;
            query: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            frequency: "instant" | "daily" | "weekly";
            /** Format: date-time */
            createdAt: string;
        };
        OpportunityMap: {
            /** @enum {string} */
            status: "optimal" | "infeasible" | "time-limit";
            /** @enum {string} */
            objective: "cost" | "carbon" | "tonnes";
            /** @description Why the result is empty, or what a what-if changed */
            note: string | null;
            scope: {
                offers: number;
                wants: number;
                pairs: number;
                factorSet: string;
                date: string;
            };
            totals: {
                tonnesPerYear: number;
                costSavedGbpPerYear: number;
                co2eAvoidedKgPerYear: number;
                flows: number;
                offersUsed: number;
                wantsServed: number;
            };
            greedy: {
                totals: {
                    tonnesPerYear: number;
                    costSavedGbpPerYear: number;
                    co2eAvoidedKgPerYear: number;
                    flows: number;
                    offersUsed: number;
                    wantsServed: number;
                };
            };
            realised: {
                totals: {
                    from: string;
                    to: string;
                    tonnesPerYear: number;
                    costSavedGbpPerYear: number;
                    co2eAvoidedKgPerYear: number;
                    transfers: number;
                    exchanges: number;
                };
            };
            flows: {
                /** @description A listing id, or scenario:<n> for a what-if listing */
                offerId: string;
                wantId: string;
                material: string;
                tonnesPerYear: number;
                distanceKm: number;
                roadKm: number;
                /** @description The offer's exact site (officers only) */
                from: {
                    lon: number;
                    lat: number;
                };
                to: {
                    lon: number;
                    lat: number;
                };
                savings: {
                    costSavedGbpPerYear: number;
                    co2eAvoidedKgPerYear: number;
                    /** @description POST this to /estimates to see the lines */
                    estimateRequest: {
                        [key: string]: unknown;
                    };
                };
            }[];
            solve: {
                /** @description Candidate pairs worth using under the objective */
                variables: number;
                constraints: number;
                /** @description Pairs in the LP HiGHS solved: every worthwhile pair */
                columnsSolved: number;
                /** @description LPs solved: 1 (HiGHS starts from a network simplex basis; no column generation) */
                rounds: number;
                ms: number;
                objectiveValue: number;
                dualBound: number;
                gap: number;
            };
        };
        /** @description A solve running in this process: lost if the service restarts */
        OpportunityJob: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "running" | "done" | "failed" | "cancelled";
            progress: {
                /** @enum {string} */
                phase: "candidates" | "solving" | "done";
                done: number;
                total: number;
            };
            createdAt: string;
            result: components["schemas"]["OpportunityMap"] | null;
            error: string | null;
        };
        Organisation: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "member" | "officer" | "admin";
            contactEmail: string;
            contactName: string | null;
            contactPhone: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ApiKey: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            name: string;
            /** @description The public start of the key, to tell keys apart */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        IssuedApiKey: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            name: string;
            /** @description The public start of the key, to tell keys apart */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
            /** @description Shown once; only its hash is stored */
            apiKey: string;
        };
        User: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            email: string;
            name: string;
            /** @description May invite colleagues to the organisation */
            orgAdmin: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        Invite: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            email: string;
            orgAdmin: boolean;
            /** Format: date-time */
            expiresAt: string;
            /** @description Shown once to the inviter and written to the log, so it can be passed on when no e-mail was sent */
            inviteUrl: string;
            /** @description Whether the link was e-mailed to the person (only when SMTP_URL is set and the mail server took it) */
            emailed: boolean;
        };
        Session: {
            /** @description null when the caller is an API key */
            user: components["schemas"]["User"] | null;
            /** @description null for the built-in admin key */
            organisation: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                role: "member" | "officer" | "admin";
            } | null;
            /** @enum {string} */
            role: "member" | "officer" | "admin";
            /** @description Send it as X-CSRF-Token with every POST, PATCH and DELETE made with the session cookie */
            csrfToken: string | null;
        };
        NotificationPreferences: {
            items: {
                type: components["schemas"]["NotificationType"];
                /**
                 * @description The inbox is always on
                 * @constant
                 */
                inbox: true;
                email: boolean;
            }[];
            /** @description Officers only (null for others): also receive transfer.recorded for exchanges they are not party to */
            officerTransfers: boolean | null;
        };
        Region: {
            /** Format: uuid */
            id: string;
            name: string;
            boundary: {
                /** @constant */
                type: "MultiPolygon";
                coordinates: [
                    number,
                    number
                ][][][];
            };
            areaKm2: number;
            /** Format: date-time */
            createdAt: string;
        };
        SavingsReport: {
            period: {
                from: string | null;
                to: string | null;
            };
            groupBy: ("month" | "quarter" | "year" | "material" | "category" | "organisation" | "region") | null;
            totals: {
                /** @description Tonnes that would otherwise have been landfilled */
                tonnesDiverted: number;
                tonnesExchanged: number;
                /** @description Process water, m³ */
                cubicMetres: number;
                costSavedGbp: number;
                co2eAvoidedT: number;
                virginMaterialDisplacedT: number;
                transfers: number;
                exchanges: number;
                /** @description Distinct organisations on either side */
                businessesAssisted: number;
            };
            /** @description From exchanges accepted in the period, for their agreed quantity (a year for flows, the lot for one-offs), beside the realised figures of the transfers */
            estimated: {
                exchanges: number;
                tonnes: number;
                costSavedGbp: number;
                co2eAvoidedT: number;
            };
            groups: {
                /** @description Tonnes that would otherwise have been landfilled */
                tonnesDiverted: number;
                tonnesExchanged: number;
                /** @description Process water, m³ */
                cubicMetres: number;
                costSavedGbp: number;
                co2eAvoidedT: number;
                virginMaterialDisplacedT: number;
                transfers: number;
                exchanges: number;
                /** @description Distinct organisations on either side */
                businessesAssisted: number;
                key: string | null;
                label: string;
            }[];
            /** @description The factor sets behind the realised figures */
            factorSets: string[];
        };
        Site: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            name: string;
            /**
             * @description GeoJSON Point, [longitude, latitude] in WGS 84
             * @example {
             *       "type": "Point",
             *       "coordinates": [
             *         -2.0662,
             *         52.5294
             *       ]
             *     }
             */
            location: {
                /** @constant */
                type: "Point";
                coordinates: [
                    number,
                    number
                ];
            };
            address: string | null;
            postcode: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TileJSON: {
            /** @constant */
            tilejson: "3.0.0";
            name: string;
            description: string;
            /** @constant */
            scheme: "xyz";
            tiles: string[];
            minzoom: number;
            maxzoom: number;
            bounds: [
                number,
                number,
                number,
                number
            ];
            vector_layers: {
                id: string;
                description: string;
                minzoom: number;
                maxzoom: number;
                fields: {
                    [key: string]: string;
                };
            }[];
        };
        Webhook: {
            /** Format: uuid */
            id: string;
            url: string;
            events: components["schemas"]["NotificationType"][];
            description: string | null;
            /** @description false once the receiver kept failing for longer than the retry window */
            enabled: boolean;
            disabledAt: string | null;
            disabledReason: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CreatedWebhook: {
            /** Format: uuid */
            id: string;
            url: string;
            events: components["schemas"]["NotificationType"][];
            description: string | null;
            /** @description false once the receiver kept failing for longer than the retry window */
            enabled: boolean;
            disabledAt: string | null;
            disabledReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description whsec_ and the base64 of 32 random bytes: the key of every delivery's signature. Shown only here, once. */
            secret: string;
        };
        WebhookDelivery: {
            /** @description The webhook-id header of every attempt (msg_…) */
            id: string;
            eventId: string;
            type: components["schemas"]["NotificationType"];
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            /** @description HTTP status of the last answer; null when none came (timeout, refused) */
            lastStatusCode: number | null;
            lastError: string | null;
            lastAttemptAt: string | null;
            /** @description When it is tried next; null once delivered or failed */
            nextAttemptAt: string | null;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    getReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "engine": "postgres",
                     *       "pendingMigrations": 0
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                        /** @enum {string} */
                        engine: "pglite" | "postgres";
                        /** @enum {number} */
                        pendingMigrations: 0;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMaterials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Material"][];
                    };
                };
            };
        };
    };
    getMaterial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Material"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Organisation"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Black Country Castings Ltd",
                 *       "role": "member",
                 *       "contactEmail": "env@bccastings.example"
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    role: "member" | "officer" | "admin";
                    /** Format: email */
                    contactEmail: string;
                    contactName?: string;
                    contactPhone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0b9a6f3e-1c1f-4a6e-9d55-5f1e8c0e7a11",
                     *       "name": "Black Country Castings Ltd",
                     *       "role": "member",
                     *       "contactEmail": "env@bccastings.example",
                     *       "contactName": null,
                     *       "contactPhone": null,
                     *       "createdAt": "2026-11-22T10:00:00.000Z",
                     *       "apiKey": "rx_3f9a1c2e_2bq0...redacted",
                     *       "apiKeyId": "6d2c3a8e-2f7b-4f7e-8b1a-9a3e1e6c2d10",
                     *       "apiKeyPrefix": "rx_3f9a1c2e"
                     *     }
                     */
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        role: "member" | "officer" | "admin";
                        contactEmail: string;
                        contactName: string | null;
                        contactPhone: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Shown once; only its hash is stored */
                        apiKey: string;
                        /** Format: uuid */
                        apiKeyId: string;
                        apiKeyPrefix: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiKey"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "ERP integration"
                 *     }
                 */
                "application/json": {
                    /** @default api key */
                    name?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedApiKey"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "env@bccastings.example",
                 *       "password": "correct horse battery staple"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: email
                     * @description Compared without regard to case
                     */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    invitePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "buyer@castings.example",
                 *       "orgAdmin": false
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: email
                     * @description Compared without regard to case
                     */
                    email: string;
                    /** @default false */
                    orgAdmin?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invite"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPeople: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        organisationName: string;
                        orgAdmin: boolean;
                        /** Format: date-time */
                        expiresAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSites: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Site"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Tipton foundry",
                 *       "location": {
                 *         "type": "Point",
                 *         "coordinates": [
                 *           -2.0662,
                 *           52.5294
                 *         ]
                 *       },
                 *       "address": "Factory Road, Tipton",
                 *       "postcode": "DY4 9AA"
                 *     }
                 */
                "application/json": {
                    name: string;
                    /**
                     * @description GeoJSON Point, [longitude, latitude] in WGS 84
                     * @example {
                     *       "type": "Point",
                     *       "coordinates": [
                     *         -2.0662,
                     *         52.5294
                     *       ]
                     *     }
                     */
                    location: {
                        /** @enum {string} */
                        type: "Point";
                        coordinates: [
                            number,
                            number
                        ];
                    };
                    address?: string;
                    /** @description UK postcode; normalised, e.g. B69 4LY */
                    postcode?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /**
                     * @description GeoJSON Point, [longitude, latitude] in WGS 84
                     * @example {
                     *       "type": "Point",
                     *       "coordinates": [
                     *         -2.0662,
                     *         52.5294
                     *       ]
                     *     }
                     */
                    location?: {
                        /** @enum {string} */
                        type: "Point";
                        coordinates: [
                            number,
                            number
                        ];
                    };
                    address?: string;
                    /** @description UK postcode; normalised, e.g. B69 4LY */
                    postcode?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importListings: {
        parameters: {
            query?: {
                /** @description all-or-nothing: any invalid row imports nothing; valid-only: import the valid rows */
                mode?: "all-or-nothing" | "valid-only";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description text/csv: a header row of field paths (kind, siteId, material, quantity.amount, quantity.unit, quantity.rate, maxHaulKm, availableFrom, availableUntil, currentRoute.route, currentRoute.gateFeeGbpPerTonne, virginPriceGbpPerTonne, status, grade.<property>, accepts.<property>.min|max|oneOf with oneOf values separated by |), then one listing per row. application/geo+json: a FeatureCollection whose features have a POST /listings body as properties and a null or Point geometry within 1 km of the site. Up to 50,000 rows. */
        requestBody: {
            content: {
                "text/csv": unknown;
                "application/geo+json": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingImportReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchListings: {
        parameters: {
            query?: {
                kind?: "offer" | "want";
                material?: string;
                category?: "sand-aggregates" | "water" | "metals" | "other";
                /** @description expired: past expiresAt (renew it); ended: an active listing past its availableUntil */
                status?: "draft" | "active" | "paused" | "closed" | "expired" | "ended";
                /** @description Officers: any organisation; members: their own (my listings) */
                organisation?: string;
                /** @description lon,lat: nearest first */
                near?: string;
                /** @description With near */
                radiusKm?: number;
                bbox?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: (components["schemas"]["Listing"] | components["schemas"]["PublicListing"])[];
                        nextCursor: string | null;
                    } | components["schemas"]["ListingFeatureCollection"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createListing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "offer",
                 *       "siteId": "0b9a6f3e-1c1f-4a6e-9d55-5f1e8c0e7a11",
                 *       "material": "foundry-sand",
                 *       "grade": {
                 *         "afsGfn": 55,
                 *         "clayPct": 8,
                 *         "loiPct": 2.1,
                 *         "moisturePct": 3
                 *       },
                 *       "quantity": {
                 *         "amount": 120,
                 *         "unit": "t",
                 *         "rate": "month"
                 *       },
                 *       "maxHaulKm": 40,
                 *       "currentRoute": {
                 *         "route": "landfill",
                 *         "gateFeeGbpPerTonne": 28
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    kind: "offer" | "want";
                    /** Format: uuid */
                    siteId: string;
                    /** @example foundry-sand */
                    material: string;
                    /** @description Offers: measured values per property */
                    grade?: {
                        [key: string]: number | string;
                    };
                    /** @description Wants: constraints per property */
                    accepts?: {
                        [key: string]: {
                            min?: number;
                            max?: number;
                            oneOf?: (number | string)[];
                        };
                    };
                    quantity: {
                        amount: number;
                        /** @enum {string} */
                        unit: "t" | "m3";
                        /** @enum {string} */
                        rate: "one-off" | "week" | "month" | "year";
                    };
                    availableFrom?: string | null;
                    availableUntil?: string | null;
                    /** @description How far the lister will haul or take delivery */
                    maxHaulKm: number;
                    /** @description Offers: where the material goes today and what that costs */
                    currentRoute?: {
                        /** @enum {string} */
                        route: "landfill" | "recycling" | "other";
                        gateFeeGbpPerTonne?: number;
                    } | null;
                    /** @description Wants: what the firm pays for virgin material now */
                    virginPriceGbpPerTonne?: number | null;
                    /**
                     * @default active
                     * @enum {string}
                     */
                    status?: "draft" | "active";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"] | components["schemas"]["PublicListing"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "quantity": {
                 *         "amount": 90,
                 *         "unit": "t",
                 *         "rate": "month"
                 *       },
                 *       "status": "active"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    siteId?: string;
                    /** @description Offers: measured values per property */
                    grade?: {
                        [key: string]: number | string;
                    };
                    /** @description Wants: constraints per property */
                    accepts?: {
                        [key: string]: {
                            min?: number;
                            max?: number;
                            oneOf?: (number | string)[];
                        };
                    };
                    quantity?: {
                        amount: number;
                        /** @enum {string} */
                        unit: "t" | "m3";
                        /** @enum {string} */
                        rate: "one-off" | "week" | "month" | "year";
                    };
                    availableFrom?: string | null;
                    availableUntil?: string | null;
                    /** @description How far the lister will haul or take delivery */
                    maxHaulKm?: number;
                    /** @description Offers: where the material goes today and what that costs */
                    currentRoute?: {
                        /** @enum {string} */
                        route: "landfill" | "recycling" | "other";
                        gateFeeGbpPerTonne?: number;
                    } | null;
                    /** @description Wants: what the firm pays for virgin material now */
                    virginPriceGbpPerTonne?: number | null;
                    /** @enum {string} */
                    status?: "draft" | "active" | "paused" | "closed";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renewListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExchanges: {
        parameters: {
            query?: {
                status?: "proposed" | "accepted" | "active" | "completed" | "declined" | "cancelled";
                /** @description Officers: exchanges of this organisation */
                organisation?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "active" | "completed" | "declined" | "cancelled";
                            /** @description The offer's material code */
                            material: string;
                            /** @description The caller's side: its organisation offers or wants; null for officers brokering */
                            yourSide: ("offer" | "want") | null;
                            /** Format: uuid */
                            offerId: string;
                            /** Format: uuid */
                            wantId: string;
                            quantity: {
                                amount: number;
                                /** @enum {string} */
                                unit: "t" | "m3";
                                /**
                                 * @default one-off
                                 * @enum {string}
                                 */
                                rate: "one-off" | "week" | "month" | "year";
                            };
                            offerAccepted: boolean;
                            wantAccepted: boolean;
                            /** @description Proposed by a programme officer rather than a party */
                            brokered: boolean;
                            decline: {
                                /** @enum {string} */
                                reason: "price" | "grade" | "distance" | "timing" | "regulatory" | "other";
                                note: string | null;
                            } | null;
                            /** @description Both parties’ names, contacts and exact sites: shown once the exchange is accepted */
                            parties: {
                                offer: {
                                    organisation: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                        contactEmail: string;
                                        contactName: string | null;
                                        contactPhone: string | null;
                                    };
                                    site: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                        address: string | null;
                                        postcode: string | null;
                                        location: {
                                            /** @enum {string} */
                                            type: "Point";
                                            coordinates: [
                                                number,
                                                number
                                            ];
                                        };
                                    };
                                };
                                want: {
                                    organisation: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                        contactEmail: string;
                                        contactName: string | null;
                                        contactPhone: string | null;
                                    };
                                    site: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                        address: string | null;
                                        postcode: string | null;
                                        location: {
                                            /** @enum {string} */
                                            type: "Point";
                                            coordinates: [
                                                number,
                                                number
                                            ];
                                        };
                                    };
                                };
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createExchange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "offerId": "3f1c2b9e-5d7a-4c1e-9a2b-8e6f4d3c2b1a",
                 *       "wantId": "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d",
                 *       "quantity": {
                 *         "amount": 40,
                 *         "unit": "t",
                 *         "rate": "month"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    offerId: string;
                    /** Format: uuid */
                    wantId: string;
                    quantity: {
                        amount: number;
                        /** @enum {string} */
                        unit: "t" | "m3";
                        /**
                         * @default one-off
                         * @enum {string}
                         */
                        rate?: "one-off" | "week" | "month" | "year";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exchange"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exchange"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptExchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Optional; a note kept in the exchange's history */
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exchange"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelExchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Optional; a note kept in the exchange's history */
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exchange"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeExchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Optional; a note kept in the exchange's history */
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exchange"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineExchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "grade",
                 *       "note": "Clay content too high for our core shop"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    reason: "price" | "grade" | "distance" | "timing" | "regulatory" | "other";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exchange"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTransfers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Transfer"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date": "2026-11-20",
                 *       "amount": 28.4,
                 *       "unit": "t",
                 *       "haulKm": 17,
                 *       "note": "Weighbridge ticket 4471"
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    date: string;
                    amount: number;
                    /** @enum {string} */
                    unit: "t" | "m3";
                    /** @description Road km actually driven; default: between the sites × circuity */
                    haulKm?: number;
                    note?: string;
                    /**
                     * Format: uuid
                     * @description The transfer this one corrects; the corrected one stops counting
                     */
                    corrects?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listListingMatches: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description true: a constrained property the offer does not state fails instead of unknown */
                strict?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Match"][];
                        /** @description How many qualifying candidates were ranked */
                        candidates: number;
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchMatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "want",
                 *       "material": "steel-scrap",
                 *       "accepts": {
                 *         "grade": {
                 *           "oneOf": [
                 *             "E1",
                 *             "E3"
                 *           ]
                 *         },
                 *         "cuPct": {
                 *           "max": 0.25
                 *         },
                 *         "snPct": {
                 *           "max": 0.02
                 *         }
                 *       },
                 *       "quantity": {
                 *         "amount": 500,
                 *         "unit": "t",
                 *         "rate": "month"
                 *       },
                 *       "maxHaulKm": 60,
                 *       "location": {
                 *         "type": "Point",
                 *         "coordinates": [
                 *           -1.4701,
                 *           53.3811
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description What you would list: an offer finds wants, a want finds offers
                     * @enum {string}
                     */
                    kind: "offer" | "want";
                    /** @example foundry-sand */
                    material: string;
                    /** @default {} */
                    grade?: {
                        [key: string]: number | string;
                    };
                    /** @default {} */
                    accepts?: {
                        [key: string]: {
                            min?: number;
                            max?: number;
                            oneOf?: (number | string)[];
                        };
                    };
                    quantity: {
                        amount: number;
                        /** @enum {string} */
                        unit: "t" | "m3";
                        /** @enum {string} */
                        rate: "one-off" | "week" | "month" | "year";
                    };
                    /** Format: date */
                    availableFrom?: string;
                    /** Format: date */
                    availableUntil?: string;
                    maxHaulKm: number;
                    /**
                     * @description GeoJSON Point, [longitude, latitude] in WGS 84
                     * @example {
                     *       "type": "Point",
                     *       "coordinates": [
                     *         -2.0662,
                     *         52.5294
                     *       ]
                     *     }
                     */
                    location: {
                        /** @enum {string} */
                        type: "Point";
                        coordinates: [
                            number,
                            number
                        ];
                    };
                    /** @description Offers: where the material goes today, for the savings estimate */
                    currentRoute?: {
                        /** @enum {string} */
                        route: "landfill" | "recycling" | "other";
                        gateFeeGbpPerTonne?: number;
                    };
                    /** @description Wants: price paid now */
                    virginPriceGbpPerTonne?: number;
                    /** @default false */
                    strict?: boolean;
                    /** @default 20 */
                    limit?: number;
                    cursor?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Match"][];
                        /** @description How many qualifying candidates were ranked */
                        candidates: number;
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAudit: {
        parameters: {
            query?: {
                entityType?: "organisation" | "api-key" | "site" | "listing" | "factor-set" | "region";
                entityId?: string;
                /** @description Entries written by this organisation */
                organisation?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            at: string;
                            /** @description null: the built-in admin key */
                            actorOrganisationId: string | null;
                            /** @description the API key used, if any */
                            actorKeyId: string | null;
                            /** @description the signed-in person, if any */
                            actorUserId: string | null;
                            action: string;
                            entityType: string;
                            entityId: string;
                            before: unknown;
                            after: unknown;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEstimate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "material": "foundry-sand",
                 *       "quantity": {
                 *         "amount": 120,
                 *         "unit": "t",
                 *         "rate": "month"
                 *       },
                 *       "from": {
                 *         "type": "Point",
                 *         "coordinates": [
                 *           -2.0662,
                 *           52.5294
                 *         ]
                 *       },
                 *       "to": {
                 *         "type": "Point",
                 *         "coordinates": [
                 *           -1.8904,
                 *           52.4862
                 *         ]
                 *       },
                 *       "overrides": {
                 *         "virginPriceGbpPerTonne": 18
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @example foundry-sand */
                    material: string;
                    quantity: {
                        amount: number;
                        /** @enum {string} */
                        unit: "t" | "m3";
                        /** @enum {string} */
                        rate?: "one-off" | "week" | "month" | "year";
                    };
                    /** @description Where the material is: a GeoJSON Point or {siteId} */
                    from?: {
                        /** @enum {string} */
                        type: "Point";
                        coordinates: [
                            number,
                            number
                        ];
                    } | {
                        /** Format: uuid */
                        siteId: string;
                    };
                    /** @description Where it goes */
                    to?: {
                        /** @enum {string} */
                        type: "Point";
                        coordinates: [
                            number,
                            number
                        ];
                    } | {
                        /** Format: uuid */
                        siteId: string;
                    };
                    /** @description Road distance; overrides from/to */
                    distanceKm?: number;
                    /**
                     * Format: date
                     * @description Default: today. Picks the tax year
                     */
                    date?: string;
                    /**
                     * @description Water only: pipe (default) or road
                     * @enum {string}
                     */
                    transport?: "pipe" | "road";
                    /** @description Default: the configured default set */
                    factorSet?: string;
                    overrides?: {
                        gateFeeGbpPerTonne?: number;
                        virginPriceGbpPerTonne?: number;
                        haulageGbpPerTonneKm?: number;
                        /** @enum {string} */
                        currentRoute?: "landfill" | "recycling" | "other";
                        waterPriceGbpPerM3?: number;
                        tradeEffluentGbpPerM3?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Estimate"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFactorSets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            description: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        default: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFactorSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FactorSetInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactorSet"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFactorSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactorSet"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            areaKm2: number;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRegion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Black Country",
                 *       "boundary": {
                 *         "type": "Polygon",
                 *         "coordinates": [
                 *           [
                 *             [
                 *               -2.2,
                 *               52.45
                 *             ],
                 *             [
                 *               -1.95,
                 *               52.45
                 *             ],
                 *             [
                 *               -1.95,
                 *               52.65
                 *             ],
                 *             [
                 *               -2.2,
                 *               52.65
                 *             ],
                 *             [
                 *               -2.2,
                 *               52.45
                 *             ]
                 *           ]
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": {
                    name: string;
                    boundary: {
                        /** @enum {string} */
                        type: "Polygon";
                        coordinates: [
                            number,
                            number
                        ][][];
                    } | {
                        /** @enum {string} */
                        type: "MultiPolygon";
                        coordinates: [
                            number,
                            number
                        ][][][];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSavingsReport: {
        parameters: {
            query?: {
                /** @description First transfer date counted (inclusive) */
                from?: string;
                /** @description Last transfer date counted (inclusive) */
                to?: string;
                material?: string;
                category?: "sand-aggregates" | "water" | "metals" | "other";
                /** @description Flows with this organisation on either side */
                organisation?: string;
                /** @description Flows whose offer site lies in this region */
                region?: string;
                groupBy?: "month" | "quarter" | "year" | "material" | "category" | "organisation" | "region";
                format?: "json" | "csv" | "xlsx" | "geojson" | "gpkg" | "pdf";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavingsReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ogcLandingPage: {
        parameters: {
            query?: {
                /** @description json or html; without it, the Accept header decides */
                f?: "json" | "html";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcLandingPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ogcConformance: {
        parameters: {
            query?: {
                /** @description json or html; without it, the Accept header decides */
                f?: "json" | "html";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcConformance"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ogcApiDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found: Location is /documentation/json */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ogcCollections: {
        parameters: {
            query?: {
                /** @description json or html; without it, the Accept header decides */
                f?: "json" | "html";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcCollections"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ogcCollection: {
        parameters: {
            query?: {
                /** @description json or html; without it, the Accept header decides */
                f?: "json" | "html";
            };
            header?: never;
            path: {
                collectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcCollection"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ogcItems: {
        parameters: {
            query?: {
                limit?: number;
                /** @description minx,miny,maxx,maxy in bbox-crs (default CRS84: lon,lat); edges included */
                bbox?: string;
                /** @description CRS84 or http://www.opengis.net/def/crs/EPSG/0/27700 */
                "bbox-crs"?: string;
                /** @description CRS of the response: CRS84 (default) or EPSG:27700 (easting, northing) */
                crs?: string;
                /** @description An RFC 3339 date or date-time, or an interval a/b (.. for open) */
                datetime?: string;
                material?: string;
                category?: "sand-aggregates" | "water" | "metals" | "other";
                kind?: "offer" | "want";
                /** @description From a next or prev link */
                cursor?: string;
                /** @description json, html or gpkg (the same page as a GeoPackage, in crs); without it, the Accept header decides */
                f?: "json" | "html" | "gpkg";
            };
            header?: never;
            path: {
                collectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcFeatureCollection"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ogcFeature: {
        parameters: {
            query?: {
                crs?: string;
                /** @description json or html; without it, the Accept header decides */
                f?: "json" | "html";
            };
            header?: never;
            path: {
                collectionId: string;
                featureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcFeature"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A tile collection: listings */
                collection: string;
                z: number;
                /** @description Column, 0 to 2^z − 1 */
                x: number;
                /** @description Row from the north, 0 to 2^z − 1 */
                y: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A Mapbox Vector Tile (application/vnd.mapbox-vector-tile); empty where the tile holds nothing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description A Mapbox Vector Tile (application/vnd.mapbox-vector-tile); empty where the tile holds nothing */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTileJson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A tile collection: listings */
                collection: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TileJSON"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mapOpportunities: {
        parameters: {
            query?: {
                format?: "json" | "csv" | "xlsx" | "geojson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description A registered region (GET /regions); give this or bbox
                     */
                    regionId?: string;
                    /**
                     * @description [west, south, east, north] in WGS 84 degrees
                     * @example [
                     *       -2.2,
                     *       52.4,
                     *       -1.8,
                     *       52.65
                     *     ]
                     */
                    bbox?: [
                        number,
                        number,
                        number,
                        number
                    ];
                    /** @description Offers of these materials only */
                    materials?: string[];
                    /** @description Offers of materials in these categories only */
                    categories?: ("sand-aggregates" | "water" | "metals" | "other")[];
                    /**
                     * Format: date
                     * @description The day whose factors (tax year) price the flows; default today
                     */
                    date?: string;
                    /** @description Default: the configured default set */
                    factorSet?: string;
                    /**
                     * @description What is maximised: net £ saved a year, kg CO2e avoided a year, or tonnes moved a year
                     * @default cost
                     * @enum {string}
                     */
                    objective?: "cost" | "carbon" | "tonnes";
                    /** @description Pairs covering less of the want than this share are left out; default MATCH_MIN_SHARE */
                    minShare?: number;
                    /**
                     * @description Nearest qualifying counterparts walked per listing
                     * @default 50
                     */
                    k?: number;
                    /** @description What-if: nothing is written */
                    scenario?: {
                        extraListings?: components["schemas"]["ScenarioListingInput"][];
                        /** @description Replaces the standard-rate landfill tax */
                        landfillTaxGbpPerTonne?: number;
                        /** @description Replaces the lower-rate (inert) landfill tax */
                        landfillTaxLowerGbpPerTonne?: number;
                        haulageGbpPerTonneKm?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityMap"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityJob"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpportunityJob: {
        parameters: {
            query?: {
                format?: "json" | "csv" | "xlsx" | "geojson";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityJob"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelOpportunityJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityJob"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description true: only items not yet read */
                unread?: "true" | "false";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Notification"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countUnreadNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unread: number;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readAllNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many items were unread */
                        marked: number;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSavedSearches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SavedSearch"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSavedSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Steel scrap near Sheffield",
                 *       "query": {
                 *         "kind": "want",
                 *         "material": "steel-scrap",
                 *         "accepts": {
                 *           "grade": {
                 *             "oneOf": [
                 *               "E1",
                 *               "E3"
                 *             ]
                 *           }
                 *         },
                 *         "quantity": {
                 *           "amount": 500,
                 *           "unit": "t",
                 *           "rate": "month"
                 *         },
                 *         "maxHaulKm": 60,
                 *         "location": {
                 *           "type": "Point",
                 *           "coordinates": [
                 *             -1.4701,
                 *             53.3811
                 *           ]
                 *         }
                 *       },
                 *       "frequency": "daily"
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** @description A POST /matches/search body (without strict, limit and cursor) */
                    query: {
                        /**
                         * @description What you would list: an offer finds wants, a want finds offers
                         * @enum {string}
                         */
                        kind: "offer" | "want";
                        /** @example foundry-sand */
                        material: string;
                        /** @default {} */
                        grade?: {
                            [key: string]: number | string;
                        };
                        /** @default {} */
                        accepts?: {
                            [key: string]: {
                                min?: number;
                                max?: number;
                                oneOf?: (number | string)[];
                            };
                        };
                        quantity: {
                            amount: number;
                            /** @enum {string} */
                            unit: "t" | "m3";
                            /** @enum {string} */
                            rate: "one-off" | "week" | "month" | "year";
                        };
                        /** Format: date */
                        availableFrom?: string;
                        /** Format: date */
                        availableUntil?: string;
                        maxHaulKm: number;
                        /**
                         * @description GeoJSON Point, [longitude, latitude] in WGS 84
                         * @example {
                         *       "type": "Point",
                         *       "coordinates": [
                         *         -2.0662,
                         *         52.5294
                         *       ]
                         *     }
                         */
                        location: {
                            /** @enum {string} */
                            type: "Point";
                            coordinates: [
                                number,
                                number
                            ];
                        };
                        /** @description Offers: where the material goes today, for the savings estimate */
                        currentRoute?: {
                            /** @enum {string} */
                            route: "landfill" | "recycling" | "other";
                            gateFeeGbpPerTonne?: number;
                        };
                        /** @description Wants: price paid now */
                        virginPriceGbpPerTonne?: number;
                    };
                    /**
                     * @description instant: one notification per new listing found; daily, weekly: one digest of those found since the last
                     * @enum {string}
                     */
                    frequency: "instant" | "daily" | "weekly";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedSearch"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSavedSearch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Webhook"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://erp.castings.example/hooks/reuse",
                 *       "events": [
                 *         "match.found",
                 *         "exchange.accepted"
                 *       ],
                 *       "description": "ERP"
                 *     }
                 */
                "application/json": {
                    /** @description http:// or https:// URL of the receiver. It must resolve to public addresses only (unless the service runs with WEBHOOK_ALLOW_PRIVATE_NETWORKS=true); redirects are not followed. */
                    url: string;
                    events: components["schemas"]["NotificationTypeInput"][];
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                status?: "pending" | "delivered" | "failed";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookDelivery"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description E-mail on (true) or off (false) per event type: match.found, saved-search.matched, exchange.proposed, exchange.accepted, exchange.declined, exchange.cancelled, exchange.completed, transfer.recorded, listing.expiring, listing.expired, webhook.disabled */
                    email?: {
                        [key: string]: boolean;
                    };
                    officerTransfers?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unsubscribe: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        /** @enum {boolean} */
                        email: false;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
