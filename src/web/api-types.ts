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
         * @description Admins; officers add firms (role member) only, 403 for any other role. Creates the organisation with its role and returns its first API key; the secret is shown in this response only, so store it. Send an Idempotency-Key to retry safely: the same key with a different body is a 422.
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
        /**
         * Change an organisation's name, contact, address or SIC code (its admins, or an admin)
         * @description An admin, or the organisation itself through a key or one of its admins (403 for its other people); 404 for anyone else. Address and SIC 2007 code go on waste transfer notes.
         */
        patch: operations["updateOrganisation"];
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
         * @description Your organisation's site. A new location moves every listing at the site with it; 404 for another organisation's site. Send If-Match with the ETag you read so a change made since is not overwritten (412).
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
    "/listings/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A listing's attachments, newest first
         * @description Whoever may see the listing: its owner and officers always, other members while it is active (404 otherwise).
         */
        get: operations["listListingAttachments"];
        put?: never;
        /**
         * Attach a lab analysis or a photo (PDF, JPEG or PNG, at most 10 MB) to your listing
         * @description The listing's owner. multipart/form-data with one file part named file. The type is read from the bytes (415 for anything but PDF, JPEG or PNG, whatever the name or declared type says; 413 over 10 MB); photos are stored without EXIF/XMP/IPTC and PNG text chunks, so no embedded position reaches anyone. At most 20 per listing (409).
         */
        post: operations["addListingAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download one attachment
         * @description On the same terms as the listing. Sent as a download with its sniffed type, never rendered inline.
         */
        get: operations["downloadListingAttachment"];
        put?: never;
        post?: never;
        /**
         * Remove an attachment
         * @description The listing's owner; 204 when removed.
         */
        delete: operations["deleteListingAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchanges/{id}/picture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything to decide on: both listings, distance, grade checks, the estimate by party, the payment
         * @description A party or an officer; 404 for anyone else. The other firm’s listing is its public view and distances run to its public point until the exchange is accepted. Each estimate line says whose saving it is; a firm’s own gate fee or virgin price appears only in its own (and officers’) view.
         */
        get: operations["getExchangePicture"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchanges/{id}/counter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Counter-propose a new amount, rate or both (the side whose turn it is)
         * @description A party, on a proposed exchange, when it is its turn (see turn): the new terms replace those on the table, the counter-proposer has accepted them, and the turn passes to the other side. 409 when it is not the caller’s turn or the offer cannot supply the amount; 400 when nothing changes.
         */
        post: operations["counterExchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchanges/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The exchange's conversation, newest first; reading the first page marks it read
         * @description Both parties and officers; 404 for anyone else. Messages name the side that wrote them (offer, want or officer), not the firm. Reading the first page marks the thread read for the caller's organisation up to its newest message; `unread` is the count before.
         */
        get: operations["listExchangeMessages"];
        put?: never;
        /**
         * Write to the other side of an exchange (plain text, up to 4,000 characters)
         * @description Both parties and officers; 404 for anyone else; 409 once the exchange is declined or cancelled. Send an Idempotency-Key to retry safely.
         */
        post: operations["postExchangeMessage"];
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
    "/organisations/{id}/business-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An organisation's Companies House number and size bands, and the size they give
         * @description A member reads its own organisation's; officers and admins any. Another organisation, or an unknown id, is a 404.
         */
        get: operations["getBusinessProfile"];
        /**
         * State the organisation's Companies House number and headcount and turnover bands
         * @description A member for its own organisation; officers and admins for any. Fields left out keep their value; null clears one. The number counts the enterprise once in businesses assisted.
         */
        put: operations["putBusinessProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evidence/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Jobs recorded, oldest first; filter by date and organisation
         * @description Officers and admins (403 for members). Each record with its date, basis and evidence note, for an auditor to check.
         */
        get: operations["listJobs"];
        put?: never;
        /**
         * Record jobs created or safeguarded at an organisation, with date, basis and evidence
         * @description Officers and admins. The date may not be in the future; the FTE must be positive. Send an Idempotency-Key to retry safely.
         */
        post: operations["recordJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evidence/co-investments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Co-investment recorded, oldest first; filter by date and organisation
         * @description Officers and admins (403 for members). Each amount with its source, date and evidence note.
         */
        get: operations["listCoInvestments"];
        put?: never;
        /**
         * Record co-investment: £ from other sources, its source and date
         * @description Officers and admins. The date may not be in the future; the amount must be positive. Send an Idempotency-Key to retry safely.
         */
        post: operations["recordCoInvestment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evidence/additionality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programme's default deadweight and its attribution, as officers last set them
         * @description Officers and admins. Never set: deadweight 0 and attribution 1, so net equals gross for exchanges no side answered for; reports say so.
         */
        get: operations["getAdditionalitySettings"];
        /**
         * Set the programme's default deadweight (0–1) and attribution (above 0, up to 1)
         * @description Officers and admins. Kept as a new entry each time, so earlier settings stay on record (GET /audit).
         */
        put: operations["setAdditionalitySettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchanges/{id}/additionality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Each side's answer to whether the exchange would have happened anyway, and its deadweight
         * @description A party or an officer; 404 for anyone else.
         */
        get: operations["getExchangeAdditionality"];
        put?: never;
        /**
         * Answer for your side: would this completed exchange have happened without the programme?
         * @description A party, for its own side, on a completed exchange (409 before); an answer may be revised. Officers cannot answer for a party (403). The same answer may be sent with POST /exchanges/{id}/complete.
         */
        post: operations["answerExchangeAdditionality"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Programme indicators gross and net, a comparison period, cumulative figures and the funnel; format=json|csv
         * @description Officers and admins. Each indicator's definition and unit is in the report. Group by region or material; compare with a second period.
         */
        get: operations["getIndicatorsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Firms linked by realised exchanges, weighted by tonnes, with network measures; format=json|graphml|geojson
         * @description Officers and admins. Links are pairs of firms with transfers in the period; GeoJSON lines and GraphML positions are public points (about 1 km), never sites.
         */
        get: operations["getNetworkReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers/{id}/waste-transfer-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The waste transfer note of a transfer (its season ticket’s, if one covers it); format=pdf for one printable page
         * @description A party or an officer (404 for anyone else). Every item of the Waste (England and Wales) Regulations 2011 reg. 35, what is still missing, and the signatures. Frozen at the first signature. 409 when the material moved was a by-product or end-of-waste.
         */
        get: operations["getTransferWasteTransferNote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers/{id}/waste-transfer-note/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign the waste transfer note for your side (transferor: the offer; transferee: the want)
         * @description A user or key of the transferor or the transferee, once per side; 403 for anyone else who can see it (officers), 404 for others. The first signature freezes the note; 422 lists the items still missing; 409 if your side has signed or the transfer is superseded.
         */
        post: operations["signTransferWasteTransferNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/season-tickets/{id}/waste-transfer-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The waste transfer note of a season ticket; format=pdf for one printable page
         * @description A party or an officer (404 for anyone else). Every item of the Waste (England and Wales) Regulations 2011 reg. 35, what is still missing, and the signatures. Frozen at the first signature. 409 when the material moved was a by-product or end-of-waste.
         */
        get: operations["getSeasonTicketWasteTransferNote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/season-tickets/{id}/waste-transfer-note/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign the waste transfer note for your side (transferor: the offer; transferee: the want)
         * @description A user or key of the transferor or the transferee, once per side; 403 for anyone else who can see it (officers), 404 for others. The first signature freezes the note; 422 lists the items still missing; 409 if your side has signed or the transfer is superseded.
         */
        post: operations["signSeasonTicketWasteTransferNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchanges/{id}/season-ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One waste transfer note for an exchange's recurring transfers over at most 12 months
         * @description A party or an officer, on an accepted or active exchange of waste. Transfers in the period without a note of their own come under it, as do those recorded later. 400 over 12 months; 409 if another ticket overlaps.
         */
        post: operations["createSeasonTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers/{id}/waste-tracking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The transfer as the body of DEFRA's Receipt of Waste API POST /movements/receive
         * @description A party or an officer. For the receiver to submit to the Digital Waste Tracking service; nothing is sent from here. 422 lists every field still missing by its path in that body.
         */
        get: operations["getWasteTrackingRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/waste-tracking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A receiving organisation's movements of waste in a period, as DWT records; format=json|csv
         * @description Members: the movements their organisation received; officers: one organisation's or all. Corrected transfers give way to their corrections. Each item has its record or the paths still missing.
         */
        get: operations["getWasteTrackingReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compliance/reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The List of Waste entries, recovery/disposal codes, hazardous properties and container types in use, with sources
         * @description Public, like the catalogue. The reviewed lists of db/seed/compliance.
         */
        get: operations["getComplianceReference"];
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
         * A vector tile (MVT): active listings at their public points (counts per cell below zoom 14), or regions
         * @description Members and above. A Mapbox Vector Tile; `material` narrows listings to those naming it as any of their materials. Answers 304 to If-None-Match with the current ETag. 400 for a tile address outside the zoom range or grid, 404 for an unknown collection.
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
         * @description Any instance of the service answers: the job is kept in the database for an hour after it ends. A job whose solving instance stopped reads as failed. format applies to a finished result.
         */
        get: operations["getOpportunityJob"];
        put?: never;
        post?: never;
        /**
         * Cancel a running opportunity solve (its worker thread is stopped, through whichever instance)
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
        /** @description The firm’s own assessment of a mirror entry (WM3 chapter 3) */
        HazardAssessmentInput: {
            hazardous: boolean;
            /** @description How it was decided: e.g. laboratory analysis and WM3 assessment, report reference */
            basis: string;
            hazardousProperties?: string[];
            components?: {
                name: string;
                concentrationMgPerKg?: number;
            }[];
        };
        ByProductTestsInput: {
            /** @description Further use of the substance is certain */
            certainFurtherUse: {
                met: boolean;
                justification: string;
            };
            /** @description It can be used directly without any further processing other than normal industrial practice */
            noFurtherProcessing: {
                met: boolean;
                justification: string;
            };
            /** @description It is produced as an integral part of a production process */
            integralPartOfProduction: {
                met: boolean;
                justification: string;
            };
            /** @description Further use is lawful: it meets all product, environmental and health requirements and will not lead to overall adverse impacts */
            lawfulFurtherUse: {
                met: boolean;
                justification: string;
            };
        };
        EndOfWasteInput: {
            /** @description e.g. a Quality Protocol, an end-of-waste regulation or an Environment Agency decision */
            basis: string;
            /** @description Its title or number, e.g. "Aggregates from inert waste Quality Protocol" */
            reference: string;
        };
        /** @description What lets the site receive waste: an environmental permit, registered exemptions, or none */
        SiteAuthorisationInput: {
            /** @enum {string} */
            kind: "permit" | "exemption" | "none";
            /** @description Permit number or exemption registration reference */
            reference?: string;
            exemptions?: string[];
        };
        CarrierInput: {
            organisationName: string;
            /** @description Waste carrier, broker or dealer registration, e.g. CBDU123456 */
            registrationNumber?: string;
            /**
             * @description Why the carrier has no registration number (DWT Receipt API reasons)
             * @enum {string}
             */
            reasonForNoRegistrationNumber?: "ON_SITE" | "HOUSEHOLD" | "ONE_OFF" | "MARINE";
            postcode: string;
            address?: string;
            /** @enum {string} */
            meansOfTransport: "Road" | "Rail" | "Sea" | "Inland Waterway" | "Piped" | "Other";
            vehicleRegistration?: string;
        };
        /** @enum {string} */
        NotificationTypeInput: "match.found" | "saved-search.matched" | "exchange.proposed" | "exchange.countered" | "exchange.accepted" | "exchange.declined" | "exchange.cancelled" | "exchange.completed" | "exchange.message" | "transfer.recorded" | "listing.expiring" | "listing.expired" | "webhook.disabled";
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
                /**
                 * @description WM3 entry type: absolute or mirror, non-hazardous or hazardous; a mirror entry needs a hazard assessment
                 * @enum {string}
                 */
                entry?: "AN" | "AH" | "MN" | "MH";
                /** @description A mirror entry's twin */
                mirrorOf?: string;
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
        Attachment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            listingId: string;
            fileName: string;
            /**
             * @description Read from the content, not from the upload
             * @enum {string}
             */
            mediaType: "application/pdf" | "image/jpeg" | "image/png";
            /** @description As stored: images without their embedded metadata */
            sizeBytes: number;
            sha256: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Where to download it */
            href: string;
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
            /** @description Offers: the List of Waste code (wants take the offer's) */
            ewcCode: string | null;
            /** @description Offers: hazardous waste; its exchanges need a consignment code before a transfer */
            hazardous: boolean;
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
        /** @description The firm’s own assessment of a mirror entry (WM3 chapter 3) */
        HazardAssessment: {
            hazardous: boolean;
            /** @description How it was decided: e.g. laboratory analysis and WM3 assessment, report reference */
            basis: string;
            hazardousProperties?: string[];
            components?: {
                name: string;
                concentrationMgPerKg?: number;
            }[];
        };
        ByProductTests: {
            /** @description Further use of the substance is certain */
            certainFurtherUse: {
                met: boolean;
                justification: string;
            };
            /** @description It can be used directly without any further processing other than normal industrial practice */
            noFurtherProcessing: {
                met: boolean;
                justification: string;
            };
            /** @description It is produced as an integral part of a production process */
            integralPartOfProduction: {
                met: boolean;
                justification: string;
            };
            /** @description Further use is lawful: it meets all product, environmental and health requirements and will not lead to overall adverse impacts */
            lawfulFurtherUse: {
                met: boolean;
                justification: string;
            };
        };
        EndOfWaste: {
            /** @description e.g. a Quality Protocol, an end-of-waste regulation or an Environment Agency decision */
            basis: string;
            /** @description Its title or number, e.g. "Aggregates from inert waste Quality Protocol" */
            reference: string;
        };
        /** @description What lets the site receive waste: an environmental permit, registered exemptions, or none */
        SiteAuthorisation: {
            /** @enum {string} */
            kind: "permit" | "exemption" | "none";
            /** @description Permit number or exemption registration reference */
            reference?: string;
            exemptions?: string[];
        };
        Carrier: {
            organisationName: string;
            /** @description Waste carrier, broker or dealer registration, e.g. CBDU123456 */
            registrationNumber?: string;
            /**
             * @description Why the carrier has no registration number (DWT Receipt API reasons)
             * @enum {string}
             */
            reasonForNoRegistrationNumber?: "ON_SITE" | "HOUSEHOLD" | "ONE_OFF" | "MARINE";
            postcode: string;
            address?: string;
            /** @enum {string} */
            meansOfTransport: "Road" | "Rail" | "Sea" | "Inland Waterway" | "Piped" | "Other";
            vehicleRegistration?: string;
        };
        MovementFacts: {
            receivedAt: string | null;
            carrier: components["schemas"]["Carrier"] | null;
            containers: {
                count: number;
                type: string;
            } | null;
            physicalForm: ("Gas" | "Liquid" | "Solid" | "Powder" | "Sludge" | "Mixed") | null;
            weightEstimated: boolean | null;
            containsPops: boolean | null;
            disposalOrRecoveryCode: string | null;
            hazardousWasteConsignmentCode: string | null;
            reasonForNoConsignmentCode: ("Non-Haz Waste Transfer" | "Carrier did not provide documentation" | "Household Waste Recycling Centre Receipt") | null;
        };
        NoteSignature: {
            /** @enum {string} */
            side: "transferor" | "transferee";
            role: string;
            signatoryName: string;
            organisationName: string;
            /** Format: date-time */
            signedAt: string;
            /** @description Hash of the note content this signature covers */
            contentSha256: string;
        };
        WasteTransferNote: {
            /** @description The note’s reference: the transfer id, or the season ticket id */
            id: string;
            /** @enum {string} */
            kind: "single" | "season-ticket";
            transferIds: string[];
            period: {
                from: string;
                to: string;
            } | null;
            waste: {
                description: string;
                ewcCode: string | null;
                ewcDescription: string | null;
                hazardous: boolean;
                hazardousProperties: string[];
                physicalForm: string | null;
                quantity: {
                    amount: number;
                    unit: string;
                    estimated: boolean | null;
                    rate: string | null;
                };
                containers: {
                    count: number;
                    type: string;
                    name: string | null;
                } | null;
                disposalOrRecoveryCode: string | null;
                hazardousWasteConsignmentCode: string | null;
                reasonForNoConsignmentCode: string | null;
            };
            transfer: {
                at: string | null;
                place: string;
            };
            transferor: {
                organisationId: string | null;
                name: string;
                address: string | null;
                sicCode: string | null;
                role: string;
                site: {
                    name: string;
                    address: string | null;
                    postcode: string | null;
                };
            };
            transferee: {
                organisationId: string | null;
                name: string;
                address: string | null;
                sicCode: string | null;
                role: string;
                site: {
                    name: string;
                    address: string | null;
                    postcode: string | null;
                };
                authorisation: components["schemas"]["SiteAuthorisation"] | null;
            };
            carrier: components["schemas"]["Carrier"] | null;
            wasteHierarchyDeclaration: string;
            legalBasis: string;
            /** @description Items reg. 35 needs that the note lacks; it cannot be signed until empty */
            missing: string[];
            signatures: components["schemas"]["NoteSignature"][];
            /** @enum {string} */
            status: "draft" | "partly-signed" | "signed";
            contentSha256: string;
            /** @description The transfer that corrects this one, whose note replaces this */
            supersededBy: string | null;
        };
        SeasonTicket: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            exchangeId: string;
            from: string;
            to: string;
            transferIds: string[];
            /** Format: date-time */
            createdAt: string;
        };
        /** @description The body of DEFRA's Receipt of Waste API POST /movements/receive */
        WasteTrackingRecord: {
            /** Format: uuid */
            apiCode: string;
            dateTimeReceived: string;
            hazardousWasteConsignmentCode?: string;
            reasonForNoConsignmentCode?: string;
            yourUniqueReference?: string;
            otherReferencesForMovement?: {
                label: string;
                reference: string;
            }[];
            wasteItems: {
                ewcCodes: string[];
                wasteDescription: string;
                /** @enum {string} */
                physicalForm: "Gas" | "Liquid" | "Solid" | "Powder" | "Sludge" | "Mixed";
                numberOfContainers: number;
                typeOfContainers: string;
                weight: {
                    /** @enum {string} */
                    metric: "Grams" | "Kilograms" | "Tonnes";
                    amount: number;
                    isEstimate: boolean;
                };
                containsPops: boolean;
                containsHazardous: boolean;
                hazardous?: {
                    /** @enum {string} */
                    sourceOfComponents: "NOT_PROVIDED" | "PROVIDED_WITH_WASTE" | "GUIDANCE" | "OWN_TESTING";
                    hazCodes?: string[];
                    components?: {
                        name: string;
                        concentration?: number;
                    }[];
                };
                disposalOrRecoveryCodes: {
                    code: string;
                    weight: {
                        /** @enum {string} */
                        metric: "Grams" | "Kilograms" | "Tonnes";
                        amount: number;
                        isEstimate: boolean;
                    };
                }[];
            }[];
            carrier: {
                registrationNumber: string | null;
                reasonForNoRegistrationNumber?: string;
                siteName: string;
                address?: {
                    fullAddress?: string;
                    postcode: string;
                };
                vehicleRegistration?: string;
                meansOfTransport: string;
            };
            receiver: {
                organisationName: string;
                emailAddress?: string;
                authorisationNumbers: string[];
            };
            receipt: {
                address: {
                    fullAddress: string;
                    postcode: string;
                };
            };
        };
        WasteTrackingReport: {
            from: string;
            to: string;
            items: {
                /** Format: uuid */
                transferId: string;
                /** Format: uuid */
                exchangeId: string;
                date: string;
                record: components["schemas"]["WasteTrackingRecord"] | null;
                /** @description Paths of the record that cannot be filled yet */
                missing: string[];
            }[];
        };
        PublicListing: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "offer" | "want";
            material: string;
            /** @description Every material the listing is of (offers) or accepts (wants), `material` first */
            materials: string[];
            description: string | null;
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
            /**
             * @description waste (default), by-product (all four tests of WFD art. 5 met) or end-of-waste (art. 6)
             * @enum {string}
             */
            wasteStatus: "waste" | "by-product" | "end-of-waste";
            ewcCode: string | null;
            /** @description From the catalogue entry, or the assessment of a mirror entry */
            hazardous: boolean;
            hazardAssessment: components["schemas"]["HazardAssessment"] | null;
            byProduct: components["schemas"]["ByProductTests"] | null;
            endOfWaste: components["schemas"]["EndOfWaste"] | null;
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
            /** @description Every material the listing is of (offers) or accepts (wants), `material` first */
            materials: string[];
            description: string | null;
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
            /**
             * @description waste (default), by-product (all four tests of WFD art. 5 met) or end-of-waste (art. 6)
             * @enum {string}
             */
            wasteStatus: "waste" | "by-product" | "end-of-waste";
            ewcCode: string | null;
            /** @description From the catalogue entry, or the assessment of a mirror entry */
            hazardous: boolean;
            hazardAssessment: components["schemas"]["HazardAssessment"] | null;
            byProduct: components["schemas"]["ByProductTests"] | null;
            endOfWaste: components["schemas"]["EndOfWaste"] | null;
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
            /** @description Wants: whether the material it would take replaces imported or domestic supply (evidence of imports displaced) */
            replacesSupply: ("imported" | "domestic") | null;
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
                /**
                 * @description Whose saving the line is: the supplier's (avoided landfill tax, gate fee and landfill emissions; avoided effluent treatment), the receiver's (avoided purchase of virgin material or mains water, and its production emissions), or shared (haulage between them). Absent on savings stored before lines were labelled.
                 * @enum {string}
                 */
                party?: "supplier" | "receiver" | "shared";
            }[];
            totals: {
                tonnes: number;
                cubicMetres?: number;
                costSavedGbp: number;
                co2eAvoidedKg: number;
            };
            /** @description The totals split by whose saving each line is (see line.party) */
            byParty: {
                supplier: {
                    costSavedGbp: number;
                    co2eAvoidedKg: number;
                };
                receiver: {
                    costSavedGbp: number;
                    co2eAvoidedKg: number;
                };
                shared: {
                    costSavedGbp: number;
                    co2eAvoidedKg: number;
                };
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
            /** @description The offer's List of Waste code */
            ewcCode: string | null;
            /** @description The offer is hazardous waste: a transfer needs a consignment code (or the reason for none) */
            hazardous: boolean;
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
            priceGbpPerTonne: number | null;
            /** @description The note sent with the terms on the table */
            note: string | null;
            offerAccepted: boolean;
            wantAccepted: boolean;
            /** @description While proposed: the side that may accept, decline or counter next; both for an officer’s proposal */
            turn: ("offer" | "want" | "both") | null;
            /** @description The exchange's conversation: messages in all, and those from others the caller's organisation has not read */
            messages: {
                count: number;
                unread: number;
            };
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
                /** @description For a proposal or counter-proposal: the amount and rate it put on the table */
                terms: {
                    amount: number;
                    priceGbpPerTonne: number | null;
                } | null;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ExchangeMessage: {
            /** Format: uuid */
            id: string;
            /**
             * @description Who wrote it: the offer side, the want side, or a programme officer
             * @enum {string}
             */
            side: "offer" | "want" | "officer";
            /** @description Written by the caller's organisation */
            mine: boolean;
            text: string;
            /** Format: date-time */
            createdAt: string;
        };
        ExchangePicture: {
            /** Format: uuid */
            exchangeId: string;
            yourSide: ("offer" | "want") | null;
            /** @description The offer as the caller may see it: its own in full, the other firm’s public view */
            offer: components["schemas"]["Listing"] | components["schemas"]["PublicListing"];
            want: components["schemas"]["Listing"] | components["schemas"]["PublicListing"];
            /** @description Great-circle km between the sites: the caller's own exact site to the other's public point until the exchange is accepted; exact to exact after, and for officers */
            distanceKm: number;
            /** @enum {string} */
            locationPrecision: "exact" | "approximate";
            /** @description The offer's grade against each of the want's constraints */
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
            priceGbpPerTonne: number | null;
            /** @description For the quantity on the table (a lot, or one period of a flow; perYear gives the year). Each line says whose saving it is (party); each firm's own gate fee or virgin price is used only in that firm's (and officers') view */
            estimate: components["schemas"]["Estimate"];
            /** @description What the agreed rate moves between the sides for the quantity of the estimate; null when no rate is set */
            payment: {
                gbpPerTonne: number;
                totalGbp: number;
                payer: ("receiver" | "supplier") | null;
            } | null;
            /** @description Each side’s saving with the payment; shared lines (haulage) are for the parties to split */
            outcomes: {
                supplier: {
                    /** @description The lines of the estimate that are this side's saving */
                    savedGbp: number;
                    /** @description Received (positive) or paid (negative) at the agreed rate */
                    paymentGbp: number;
                    netGbp: number;
                    co2eAvoidedKg: number;
                };
                receiver: {
                    /** @description The lines of the estimate that are this side's saving */
                    savedGbp: number;
                    /** @description Received (positive) or paid (negative) at the agreed rate */
                    paymentGbp: number;
                    netGbp: number;
                    co2eAvoidedKg: number;
                };
                shared: {
                    costSavedGbp: number;
                    co2eAvoidedKg: number;
                };
            };
            links: {
                offer: string;
                want: string;
                messages: string;
            };
        };
        BusinessProfile: {
            /** Format: uuid */
            organisationId: string;
            companyNumber: string | null;
            employeesBand: ("0-9" | "10-49" | "50-249" | "250+") | null;
            turnoverBand: ("up-to-2m" | "2m-to-10m" | "10m-to-54m" | "over-54m") | null;
            /**
             * @description From the bands: see docs/evidence.md
             * @enum {string}
             */
            size: "sme" | "large" | "unknown";
            updatedAt: string | null;
        };
        JobRecord: {
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            kind: "created" | "safeguarded";
            /** @description Full-time equivalent jobs */
            fte: number;
            date: string;
            /** @description How the figure was arrived at, e.g. employer declaration */
            basis: string;
            /** @description What an auditor can check, and where */
            evidenceNote: string;
            /** Format: uuid */
            id: string;
            organisationName: string;
            /** Format: date-time */
            createdAt: string;
        };
        CoInvestment: {
            /** Format: uuid */
            organisationId: string;
            /** @description £, from sources other than the programme */
            amountGbp: number;
            /** @description Who put the money in, e.g. the firm, a bank, a fund */
            source: string;
            date: string;
            evidenceNote: string | null;
            /** Format: uuid */
            id: string;
            organisationName: string;
            /** Format: date-time */
            createdAt: string;
        };
        AdditionalitySettings: {
            deadweight: number;
            attribution: number;
            note: string | null;
            /** @description Null: never set (deadweight 0, attribution 1) */
            setAt: string | null;
        };
        ExchangeAdditionality: {
            /** Format: uuid */
            exchangeId: string;
            /** @description The offer side's answer: for officers and the offer side only */
            offer: {
                /** @enum {string} */
                wouldHaveHappened: "yes" | "partly" | "no";
                /** @description Share that would have happened anyway */
                share: number;
                /** Format: date-time */
                answeredAt: string;
            } | null;
            /** @description The want side's answer: for officers and the want side only */
            want: {
                /** @enum {string} */
                wouldHaveHappened: "yes" | "partly" | "no";
                /** @description Share that would have happened anyway */
                share: number;
                /** Format: date-time */
                answeredAt: string;
            } | null;
            /** @description The exchange's: the mean of the answers, or the programme's default. Officers only (it would reveal the other side's answer) */
            deadweight: number | null;
            basis: ("answers" | "programme-default") | null;
        };
        IndicatorsReport: {
            /** @description The period asked for, the comparison period when asked for, and cumulative since the start to the end of the period */
            periods: {
                label: string;
                from: string | null;
                to: string | null;
                gross: {
                    tonnesDiverted: number;
                    virginMaterialDisplacedT: number;
                    importedMaterialDisplacedT: number;
                    costSavedGbp: number;
                    co2eAvoidedT: number;
                    businessesAssisted: number;
                    businessesAssistedSme: number;
                    businessesAssistedLarge: number;
                    businessesAssistedSizeUnknown: number;
                    /** @description Null for a material group: jobs belong to firms, not materials */
                    jobsCreatedFte: number | null;
                    jobsSafeguardedFte: number | null;
                    coInvestmentGbp: number | null;
                };
                net: {
                    tonnesDiverted: number;
                    virginMaterialDisplacedT: number;
                    importedMaterialDisplacedT: number;
                    costSavedGbp: number;
                    co2eAvoidedT: number;
                };
                funnel: {
                    newListings: number;
                    matchesShown: number;
                    proposals: number;
                    acceptances: number;
                    completed: number;
                };
            }[];
            groups: {
                label: string;
                from: string | null;
                to: string | null;
                gross: {
                    tonnesDiverted: number;
                    virginMaterialDisplacedT: number;
                    importedMaterialDisplacedT: number;
                    costSavedGbp: number;
                    co2eAvoidedT: number;
                    businessesAssisted: number;
                    businessesAssistedSme: number;
                    businessesAssistedLarge: number;
                    businessesAssistedSizeUnknown: number;
                    /** @description Null for a material group: jobs belong to firms, not materials */
                    jobsCreatedFte: number | null;
                    jobsSafeguardedFte: number | null;
                    coInvestmentGbp: number | null;
                };
                net: {
                    tonnesDiverted: number;
                    virginMaterialDisplacedT: number;
                    importedMaterialDisplacedT: number;
                    costSavedGbp: number;
                    co2eAvoidedT: number;
                };
                key: string | null;
            }[];
            groupBy: ("region" | "material") | null;
            additionality: {
                deadweight: number;
                attribution: number;
                note: string | null;
                /** @description Null: never set (deadweight 0, attribution 1) */
                setAt: string | null;
                exchangesAnswered: number;
                exchangesCounted: number;
            };
            definitions: {
                key: string;
                label: string;
                unit: string;
                definition: string;
                /** @description Whether a net figure (after deadweight and attribution) is given */
                net: boolean;
            }[];
            factorSets: string[];
        };
        Network: {
            period: {
                from: string | null;
                to: string | null;
            };
            nodes: {
                /** Format: uuid */
                id: string;
                name: string;
                partners: number;
                exchanges: number;
                tonnes: number;
                cluster: number;
                /** @description The firm's public point (about 1 km), never a site */
                location: {
                    /** @constant */
                    type: "Point";
                    coordinates: [
                        number,
                        number
                    ];
                } | null;
            }[];
            edges: {
                /** Format: uuid */
                source: string;
                /** Format: uuid */
                target: string;
                tonnes: number;
                exchanges: number;
                new: boolean;
                crossesRegion: boolean;
                crossesLocalAuthority: boolean;
            }[];
            measures: {
                firms: number;
                links: number;
                exchanges: number;
                tonnes: number;
                newLinks: number;
                repeatLinks: number;
                linksWithSeveralExchanges: number;
                firmsWithMoreThanOnePartner: number;
                clusters: number;
                largestCluster: {
                    firms: number;
                    links: number;
                    tonnes: number;
                };
                linksCrossingRegions: number;
                linksCrossingLocalAuthorities: number;
            };
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
            address: string | null;
            sicCode: string | null;
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
                    /**
                     * @description Whose saving the line is: the supplier's (avoided landfill tax, gate fee and landfill emissions; avoided effluent treatment), the receiver's (avoided purchase of virgin material or mains water, and its production emissions), or shared (haulage between them). Absent on savings stored before lines were labelled.
                     * @enum {string}
                     */
                    party?: "supplier" | "receiver" | "shared";
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
            hazardous: boolean;
            /** @description Moved as waste: a waste transfer note applies */
            isWaste: boolean;
            seasonTicketId: string | null;
            movement: components["schemas"]["MovementFacts"];
            /** Format: date-time */
            createdAt: string;
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
        NotificationType: "match.found" | "saved-search.matched" | "exchange.proposed" | "exchange.countered" | "exchange.accepted" | "exchange.declined" | "exchange.cancelled" | "exchange.completed" | "exchange.message" | "transfer.recorded" | "listing.expiring" | "listing.expired" | "webhook.disabled";
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
        /** @description A long solve, kept in the database while it runs and for an hour after: any instance of the service answers for it */
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
            /** @enum {string} */
            level: "region" | "local-authority";
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
            /** @description The totals after additionality: gross × (1 − deadweight) × attribution per exchange, deadweight from the parties' answers or the programme's default (docs/evidence.md) */
            net: {
                tonnesDiverted: number;
                virginMaterialDisplacedT: number;
                importedMaterialDisplacedT: number;
                costSavedGbp: number;
                co2eAvoidedT: number;
            };
            additionality: {
                /** @description The programme's default, for exchanges no side answered for */
                deadweight: number;
                attribution: number;
                /** @description When officers set them; null: never (net equals gross where unanswered) */
                setAt: string | null;
                note: string | null;
                exchangesAnswered: number;
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
            authorisation: components["schemas"]["SiteAuthorisation"] | null;
            wasteTrackingApiCode: string | null;
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
                    /** @description Registered or trading address, for waste transfer notes */
                    address?: string;
                    /** @description UK Standard Industrial Classification 2007, five digits */
                    sicCode?: string;
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
                     *       "address": null,
                     *       "sicCode": null,
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
                        address: string | null;
                        sicCode: string | null;
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
    updateOrganisation: {
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
                 *       "address": "Unit 4, Factory Road, Tipton DY4 9AA",
                 *       "sicCode": "24510"
                 *     }
                 */
                "application/json": {
                    name?: string;
                    /** Format: email */
                    contactEmail?: string;
                    contactName?: string | null;
                    contactPhone?: string | null;
                    address?: string | null;
                    sicCode?: string | null;
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
                    authorisation?: components["schemas"]["SiteAuthorisationInput"];
                    /**
                     * Format: uuid
                     * @description The receiver's Digital Waste Tracking API code
                     */
                    wasteTrackingApiCode?: string;
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
                    /** @description null removes it */
                    address?: string | null;
                    /** @description null removes it */
                    postcode?: string | null;
                    authorisation?: components["schemas"]["SiteAuthorisationInput"];
                    /**
                     * Format: uuid
                     * @description The receiver's Digital Waste Tracking API code
                     */
                    wasteTrackingApiCode?: string;
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
            /** @description Default Response */
            412: {
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
                    /**
                     * @description Required unless a want sends materials
                     * @example foundry-sand
                     */
                    material?: string;
                    /** @description Wants: every material accepted ("foundry sand or silica sand"), the first being `material` */
                    materials?: string[];
                    /** @description The lister's own words, shown to everyone who may see the listing: keep confidential details out */
                    description?: string | null;
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
                    /** @description Wants: whether the material it would take replaces imported or domestic supply (evidence of imports displaced) */
                    replacesSupply?: ("imported" | "domestic") | null;
                    /**
                     * @default active
                     * @enum {string}
                     */
                    status?: "draft" | "active";
                    /**
                     * @description waste (default), by-product (all four tests of WFD art. 5 met) or end-of-waste (art. 6)
                     * @enum {string}
                     */
                    wasteStatus?: "waste" | "by-product" | "end-of-waste";
                    /** @description One of the material's catalogue codes (GET /materials) */
                    ewcCode?: string | null;
                    hazardAssessment?: components["schemas"]["HazardAssessmentInput"] | null;
                    byProduct?: components["schemas"]["ByProductTestsInput"] | null;
                    endOfWaste?: components["schemas"]["EndOfWasteInput"] | null;
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
                    /** @description Wants: whether the material it would take replaces imported or domestic supply (evidence of imports displaced) */
                    replacesSupply?: ("imported" | "domestic") | null;
                    /** @description The lister's own words, shown to everyone who may see the listing: keep confidential details out */
                    description?: string | null;
                    /** @description Wants: every material accepted; the first must stay the listing's own material */
                    materials?: string[];
                    /** @enum {string} */
                    status?: "draft" | "active" | "paused" | "closed";
                    /**
                     * @description waste (default), by-product (all four tests of WFD art. 5 met) or end-of-waste (art. 6)
                     * @enum {string}
                     */
                    wasteStatus?: "waste" | "by-product" | "end-of-waste";
                    /** @description One of the material's catalogue codes (GET /materials) */
                    ewcCode?: string | null;
                    hazardAssessment?: components["schemas"]["HazardAssessmentInput"] | null;
                    byProduct?: components["schemas"]["ByProductTestsInput"] | null;
                    endOfWaste?: components["schemas"]["EndOfWasteInput"] | null;
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
    listListingAttachments: {
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
                        items: components["schemas"]["Attachment"][];
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
    addListingAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description multipart/form-data with one part named file: a PDF, JPEG or PNG of at most 10 MB. The type is read from the content; images are stored without EXIF, XMP, IPTC and PNG text chunks (any of which may say where a photo was taken). */
        requestBody: {
            content: {
                "multipart/form-data": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
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
    downloadListingAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: application/pdf, image/jpeg or image/png */
            200: {
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
    deleteListingAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
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
    getExchangePicture: {
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
                    "application/json": components["schemas"]["ExchangePicture"];
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
    counterExchange: {
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
                 *       "amount": 30,
                 *       "priceGbpPerTonne": 2.5,
                 *       "note": "30 t a month suits our kiln better."
                 *     }
                 */
                "application/json": {
                    /** @description The new amount, in the exchange's unit and at its rate (per lot, week, month or year) */
                    amount?: number;
                    priceGbpPerTonne?: number | null;
                    /** @description A note to the other side with these terms */
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
    listExchangeMessages: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page: older messages */
                cursor?: string;
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
                        /** @description Newest first */
                        items: components["schemas"]["ExchangeMessage"][];
                        /** @description Messages from others the caller's organisation had not read before this request */
                        unread: number;
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
    postExchangeMessage: {
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
                 *       "text": "Could you send the latest lab analysis for the sand?"
                 *     }
                 */
                "application/json": {
                    /** @description Plain text; shown as written, never as HTML */
                    text: string;
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
                    "application/json": components["schemas"]["ExchangeMessage"];
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
                            /** @description The offer's List of Waste code */
                            ewcCode: string | null;
                            /** @description The offer is hazardous waste: a transfer needs a consignment code (or the reason for none) */
                            hazardous: boolean;
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
                            priceGbpPerTonne: number | null;
                            /** @description The note sent with the terms on the table */
                            note: string | null;
                            offerAccepted: boolean;
                            wantAccepted: boolean;
                            /** @description While proposed: the side that may accept, decline or counter next; both for an officer’s proposal */
                            turn: ("offer" | "want" | "both") | null;
                            /** @description The exchange's conversation: messages in all, and those from others the caller's organisation has not read */
                            messages: {
                                count: number;
                                unread: number;
                            };
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
                 *       },
                 *       "priceGbpPerTonne": -5,
                 *       "note": "We can start in March; you collect."
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    offerId: string;
                    /** Format: uuid */
                    wantId: string;
                    /** @description In the offer's unit; a one-off for a lot, a rate for a flow. Left out: what the two listings can exchange, on the offer's basis — a year of a flow (the smaller of the two yearly quantities), or the lot. */
                    quantity?: {
                        amount: number;
                        /** @enum {string} */
                        unit: "t" | "m3";
                        /**
                         * @default one-off
                         * @enum {string}
                         */
                        rate?: "one-off" | "week" | "month" | "year";
                    };
                    /** @description The rate agreed, £ per tonne (per m³ for a material measured in m³) that the receiver (want side) pays the supplier (offer side). Negative: the supplier pays the receiver, as a gate fee for taking the material. */
                    priceGbpPerTonne?: number;
                    /** @description A note to the other side with these terms */
                    note?: string;
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
        /** @description Optional: a note kept in the exchange's history, and your side's additionality answer */
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    /** @description Would this exchange have happened without the programme? Each side answers for itself */
                    additionality?: {
                        /** @enum {string} */
                        wouldHaveHappened: "yes" | "partly" | "no";
                        /** @description For partly: the share that would have happened anyway, between 0 and 1 */
                        share?: number;
                    };
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
                    /**
                     * Format: date-time
                     * @description When the load arrived; default: noon UK time on `date`
                     */
                    receivedAt?: string;
                    carrier?: components["schemas"]["CarrierInput"];
                    containers?: {
                        count: number;
                        type: string;
                    };
                    /** @enum {string} */
                    physicalForm?: "Gas" | "Liquid" | "Solid" | "Powder" | "Sludge" | "Mixed";
                    /** @description True when the amount was estimated, not weighed */
                    weightEstimated?: boolean;
                    /** @description Whether the load contains persistent organic pollutants (the DWT record needs it) */
                    containsPops?: boolean;
                    /** @description Default: the material's catalogue default */
                    disposalOrRecoveryCode?: string;
                    hazardousWasteConsignmentCode?: string;
                    /** @enum {string} */
                    reasonForNoConsignmentCode?: "Non-Haz Waste Transfer" | "Carrier did not provide documentation" | "Household Waste Recycling Centre Receipt";
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
                    /**
                     * @description Required unless a want sends materials
                     * @example foundry-sand
                     */
                    material?: string;
                    /** @description Wants: every material accepted, the first being `material`; finds offers of any */
                    materials?: string[];
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
                            /** @enum {string} */
                            level: "region" | "local-authority";
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
                    /**
                     * @description A region, or a local authority: the network report counts links crossing each
                     * @default region
                     * @enum {string}
                     */
                    level?: "region" | "local-authority";
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
    getBusinessProfile: {
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
                    "application/json": components["schemas"]["BusinessProfile"];
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
    putBusinessProfile: {
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
                 *       "companyNumber": "01234567",
                 *       "employeesBand": "50-249",
                 *       "turnoverBand": "10m-to-54m"
                 *     }
                 */
                "application/json": {
                    /** @description Companies House number: counts the enterprise once however many accounts it has */
                    companyNumber?: string | null;
                    /** @description Headcount band the organisation states */
                    employeesBand?: ("0-9" | "10-49" | "50-249" | "250+") | null;
                    /** @description Annual turnover band (£) the organisation states */
                    turnoverBand?: ("up-to-2m" | "2m-to-10m" | "10m-to-54m" | "over-54m") | null;
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
                    "application/json": components["schemas"]["BusinessProfile"];
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
    listJobs: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                organisation?: string;
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
                        items: components["schemas"]["JobRecord"][];
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
    recordJobs: {
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
                 *       "organisationId": "0b9a6f3e-1c1f-4a6e-9d55-5f1e8c0e7a11",
                 *       "kind": "created",
                 *       "fte": 2,
                 *       "date": "2026-03-31",
                 *       "basis": "Employer declaration, signed",
                 *       "evidenceNote": "Declaration form 2026-14 on the programme drive; payroll extract seen on visit"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                    /** @enum {string} */
                    kind: "created" | "safeguarded";
                    /** @description Full-time equivalent jobs */
                    fte: number;
                    /**
                     * Format: date
                     * @description When the jobs were created or safeguarded
                     */
                    date: string;
                    /** @description How the figure was arrived at, e.g. employer declaration */
                    basis: string;
                    /** @description What an auditor can check, and where */
                    evidenceNote: string;
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
                    "application/json": components["schemas"]["JobRecord"];
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
    listCoInvestments: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                organisation?: string;
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
                        items: components["schemas"]["CoInvestment"][];
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
    recordCoInvestment: {
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
                 *       "organisationId": "0b9a6f3e-1c1f-4a6e-9d55-5f1e8c0e7a11",
                 *       "amountGbp": 45000,
                 *       "source": "Own funds: sand reclamation unit",
                 *       "date": "2026-02-10"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                    /** @description £, from sources other than the programme */
                    amountGbp: number;
                    /** @description Who put the money in, e.g. the firm, a bank, a fund */
                    source: string;
                    /**
                     * Format: date
                     * @description When the money was committed
                     */
                    date: string;
                    evidenceNote?: string;
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
                    "application/json": components["schemas"]["CoInvestment"];
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
    getAdditionalitySettings: {
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
                    "application/json": components["schemas"]["AdditionalitySettings"];
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
    setAdditionalitySettings: {
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
                 *       "deadweight": 0.3,
                 *       "attribution": 0.9,
                 *       "note": "Programme evaluation 2025, section 4"
                 *     }
                 */
                "application/json": {
                    /** @description Share that would have happened anyway, for exchanges no side answered for */
                    deadweight: number;
                    /**
                     * @description Share of the rest due to this programme rather than other help
                     * @default 1
                     */
                    attribution?: number;
                    /** @description Where the figures come from */
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
                    "application/json": components["schemas"]["AdditionalitySettings"];
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
    getExchangeAdditionality: {
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
                    "application/json": components["schemas"]["ExchangeAdditionality"];
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
    answerExchangeAdditionality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Would this exchange have happened without the programme? Each side answers for itself */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    wouldHaveHappened: "yes" | "partly" | "no";
                    /** @description For partly: the share that would have happened anyway, between 0 and 1 */
                    share?: number;
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
                    "application/json": components["schemas"]["ExchangeAdditionality"];
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
    getIndicatorsReport: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                /** @description A second period, shown beside the first */
                compareFrom?: string;
                compareTo?: string;
                region?: string;
                material?: string;
                groupBy?: "region" | "material";
                format?: "json" | "csv";
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
                    "application/json": components["schemas"]["IndicatorsReport"];
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
    getNetworkReport: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                /** @description Exchanges whose offer site lies in this region */
                region?: string;
                format?: "json" | "graphml" | "geojson";
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
                    "application/json": components["schemas"]["Network"];
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
    getTransferWasteTransferNote: {
        parameters: {
            query?: {
                format?: "json" | "pdf";
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
                    "application/json": components["schemas"]["WasteTransferNote"];
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
    signTransferWasteTransferNote: {
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
                 *       "signatoryName": "Priya Shah",
                 *       "role": "producer"
                 *     }
                 */
                "application/json": {
                    /** @description The person signing for their organisation */
                    signatoryName: string;
                    /** @description Capacity: transferor default producer; transferee default permit holder or registered exemption holder */
                    role?: ("producer" | "importer" | "waste collection authority" | "holder" | "dealer" | "broker") | ("permit holder" | "registered exemption holder" | "waste collection authority" | "registered carrier" | "dealer" | "broker");
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
                    "application/json": components["schemas"]["WasteTransferNote"];
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
    getSeasonTicketWasteTransferNote: {
        parameters: {
            query?: {
                format?: "json" | "pdf";
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
                    "application/json": components["schemas"]["WasteTransferNote"];
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
    signSeasonTicketWasteTransferNote: {
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
                 *       "signatoryName": "Priya Shah",
                 *       "role": "producer"
                 *     }
                 */
                "application/json": {
                    /** @description The person signing for their organisation */
                    signatoryName: string;
                    /** @description Capacity: transferor default producer; transferee default permit holder or registered exemption holder */
                    role?: ("producer" | "importer" | "waste collection authority" | "holder" | "dealer" | "broker") | ("permit holder" | "registered exemption holder" | "waste collection authority" | "registered carrier" | "dealer" | "broker");
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
                    "application/json": components["schemas"]["WasteTransferNote"];
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
    createSeasonTicket: {
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
                 *       "from": "2026-12-01",
                 *       "to": "2027-11-30"
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    from: string;
                    /** Format: date */
                    to: string;
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
                    "application/json": components["schemas"]["SeasonTicket"];
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
    getWasteTrackingRecord: {
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
                    "application/json": components["schemas"]["WasteTrackingRecord"];
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
    getWasteTrackingReport: {
        parameters: {
            query: {
                from: string;
                to: string;
                format?: "json" | "csv";
                /** @description Officers: the receiving organisation; members get their own */
                organisation?: string;
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
                    "application/json": components["schemas"]["WasteTrackingReport"];
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
    getComplianceReference: {
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
                        listOfWaste: {
                            source: string;
                            entries: {
                                code: string;
                                description: string;
                                hazardous: boolean;
                                entry: string;
                                mirrorOf?: string;
                            }[];
                        };
                        disposalOrRecovery: {
                            source: string;
                            codes: {
                                code: string;
                                description: string;
                            }[];
                            materialDefaults: {
                                [key: string]: string;
                            };
                        };
                        hazardousProperties: {
                            source: string;
                            properties: {
                                code: string;
                                name: string;
                            }[];
                        };
                        containerTypes: {
                            source: string;
                            types: {
                                code: string;
                                name: string;
                            }[];
                        };
                    };
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
                /** @description listings: true for those classified as hazardous waste, false for the rest */
                hazardous?: "true" | "false";
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
            query?: {
                /** @description listings only: the listings naming this material as any of theirs (a want may accept several) */
                material?: string;
            };
            header?: never;
            path: {
                /** @description A tile collection: listings or regions */
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
                /** @description A tile collection: listings or regions */
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
                        /**
                         * @description Required unless a want sends materials
                         * @example foundry-sand
                         */
                        material?: string;
                        /** @description Wants: every material accepted, the first being `material`; finds offers of any */
                        materials?: string[];
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
                    /** @description E-mail on (true) or off (false) per event type: match.found, saved-search.matched, exchange.proposed, exchange.countered, exchange.accepted, exchange.declined, exchange.cancelled, exchange.completed, exchange.message, transfer.recorded, listing.expiring, listing.expired, webhook.disabled */
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
