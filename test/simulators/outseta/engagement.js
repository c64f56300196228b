'use strict';
/** Marketing (email-list subscriptions), support cases and the knowledge base. */
const { nowSecond, invalid, badRequest, notFound, parseFields, parseBool, DEFAULT } = require('./model');
const { ACTIVITY_TYPES, ENTITY_TYPES } = require('./store');

/** EmailListSubscriberStatus: 1 as in the example (subscribed); 2–4 inferred from the list's counters. */
const SUBSCRIBER_STATUS = { Subscribed: 1, Unsubscribed: 2, Bounced: 3, Spam: 4 };
/** Case Status and Source, from the description of "Get all cases". */
const CASE_STATUS = { Open: 1, Closed: 2 };
const CASE_SOURCES = [1, 2, 3, 4];
/** CaseHistory Type: 5 (assignment) is in the example; the client-response and reply values are inferred. */
const HISTORY_TYPES = { ClientResponse: 1, AgentReply: 2, Assigned: 5 };

function createEngagement(ctx, crm) {
	const { db } = ctx;
	const ok = (body) => ({ status: 200, body });
	const empty = () => ({ status: 200, body: '' });
	const selectionOf = (query) => (query.fields ? parseFields(query.fields) : DEFAULT);

	/** `{Uid}` names an existing person; `{Email, …}` names a new one, or the person who has that email (inferred). */
	function personFor(reference, query, field) {
		if (!reference || typeof reference !== 'object') throw invalid({ [field]: ['A Person is required.'] });
		if (reference.Uid) return ctx.mustFind('people', 'Person', reference.Uid);
		if (!reference.Email) throw invalid({ [`${field}.Email`]: ['The Email field is required.'] });
		return crm.personByEmail(reference.Email) ?? crm.createPerson(reference, { query });
	}

	function subscribe(list, person, sendWelcome, { query, Created, visibleAfterMs, fields = {} } = {}) {
		const active = ctx
			.where('listSubscriptions', 'listUid', list.Uid)
			.find((subscription) => subscription.personUid === person.Uid && subscription.EmailListSubscriberStatus === SUBSCRIBER_STATUS.Subscribed);
		if (active) throw badRequest(`${person.Email} is already subscribed to ${list.Name}.`);
		const stamp = Created ?? nowSecond();
		const subscription = ctx.add(
			'listSubscriptions',
			{
				listUid: list.Uid,
				personUid: person.Uid,
				EmailListSubscriberStatus: SUBSCRIBER_STATUS.Subscribed,
				SubscribedDate: stamp,
				ConfirmedDate: null,
				UnsubscribedDate: null,
				CleanedDate: null,
				WelcomeEmailDeliverDateTime: null,
				WelcomeEmailOpenDateTime: null,
				UnsubscribeReason: null,
				UnsubscribeReasonOther: null,
				SendWelcomeEmail: sendWelcome,
				...fields,
			},
			{ Created: stamp, visibleAfterMs },
		);
		if (sendWelcome) {
			subscription.WelcomeEmailDeliverDateTime = stamp;
			ctx.sendEmail('listWelcome', person.Email, { listUid: list.Uid });
		}
		ctx.logActivity(query, ACTIVITY_TYPES.PersonListSubscribed, ENTITY_TYPES.Person, person.Uid, { description: list.Name, at: stamp });
		return subscription;
	}

	function openCase(person, body, { query, Created, visibleAfterMs, autoRespond = false } = {}) {
		if (!body.Subject) throw invalid({ 'case.Subject': ['The Subject field is required.'] });
		const source = body.Source === undefined ? 1 : Number(body.Source);
		if (!CASE_SOURCES.includes(source)) throw invalid({ 'case.Source': [`'${body.Source}' is not a valid Source: 1 Website, 2 Email, 3 Facebook, 4 Twitter.`] });
		const stamp = Created ?? nowSecond();
		const supportCase = ctx.add(
			'cases',
			{
				SubmittedDateTime: stamp,
				personUid: person.Uid,
				AssignedToPersonClientIdentifier: body.AssignedToPersonClientIdentifier ?? null,
				Subject: body.Subject,
				Body: body.Body ?? null,
				UserAgent: null,
				Status: body.Status === undefined ? CASE_STATUS.Open : Number(body.Status),
				Source: source,
			},
			{ Created: stamp, visibleAfterMs },
		);
		if (autoRespond) ctx.sendEmail('caseAutoResponder', person.Email, { caseUid: supportCase.Uid });
		ctx.logActivity(query, ACTIVITY_TYPES.PersonSupportTicketCreated, ENTITY_TYPES.Person, person.Uid, { description: supportCase.Subject, at: stamp });
		return supportCase;
	}

	function addHistory(supportCase, type, agentName, comment, query) {
		const stamp = nowSecond();
		const history = ctx.add('caseHistories', {
			HistoryDateTime: stamp,
			caseUid: supportCase.Uid,
			AgentName: agentName,
			Comment: comment,
			Type: type,
			SeenDateTime: null,
			ClickDateTime: null,
		});
		supportCase.Updated = stamp;
		ctx.logActivity(query, ACTIVITY_TYPES.PersonSupportTicketUpdated, ENTITY_TYPES.Person, supportCase.personUid, { description: supportCase.Subject });
		return history;
	}

	const handlers = {
		'Get all subscribers to list': ({ params, query }) => {
			ctx.mustFind('emailLists', 'EmailList', params.listUid);
			return ok(ctx.list('EmailListSubscription', ctx.byCreated(ctx.where('listSubscriptions', 'listUid', params.listUid)), query));
		},
		'Subscribe new person to list': ({ params, body, query }) => {
			const list = ctx.mustFind('emailLists', 'EmailList', params.listUid);
			if (body.EmailList?.Uid && body.EmailList.Uid !== list.Uid) {
				throw invalid({ 'subscription.EmailList': ['The email list in the body does not match the URL.'] });
			}
			// "The SendWelcomeEmail property … defaults to false."
			const sendWelcome = parseBool(body.SendWelcomeEmail, 'subscription.SendWelcomeEmail', false);
			const person = personFor(body.Person, query, 'subscription.Person');
			// Inferred (no example): the new subscription, shaped like the list's items.
			return ok(ctx.render('EmailListSubscription', subscribe(list, person, sendWelcome, { query })));
		},
		'Remove subscriber from list': ({ params, query }) => {
			const subscription = ctx.find('listSubscriptions', params.subscriptionUid);
			if (!subscription || subscription.listUid !== params.listUid) throw notFound('EmailListSubscription', params.subscriptionUid);
			// "This method removes a subscriber from an email list."
			db.listSubscriptions.delete(subscription.Uid);
			ctx.logActivity(query, ACTIVITY_TYPES.PersonListUnsubscribed, ENTITY_TYPES.Person, subscription.personUid, {
				description: ctx.find('emailLists', subscription.listUid)?.Name ?? null,
			});
			return empty();
		},

		'Get all cases': ({ query }) => ok(ctx.list('Case', ctx.all('cases'), query)),
		'Add case': ({ body, query }) => {
			// "Set sendAutoResponder=false if you'd like the system not to send an automatic message."
			const autoRespond = parseBool(query.sendAutoResponder, 'sendAutoResponder', true);
			const person = personFor(body.FromPerson, query, 'case.FromPerson');
			// Inferred (no example): the new case, shaped like the list's items.
			return ok(ctx.render('Case', openCase(person, body, { query, autoRespond })));
		},
		'Add client response': ({ params, query }) => {
			const supportCase = ctx.mustFind('cases', 'Case', params.caseUid);
			const comment = params.comment.trim();
			if (!comment) throw badRequest('The comment is empty.');
			addHistory(supportCase, HISTORY_TYPES.ClientResponse, null, params.comment, query);
			supportCase.Status = CASE_STATUS.Open; // inferred: a client response reopens the case
			return empty();
		},
		'Add reply': ({ params, body, query }) => {
			const supportCase = ctx.mustFind('cases', 'Case', params.caseUid);
			if (body.Case?.Uid && body.Case.Uid !== supportCase.Uid) throw invalid({ 'reply.Case': ['The case in the body does not match the URL.'] });
			if (!body.Comment) throw invalid({ 'reply.Comment': ['The Comment field is required.'] });
			if (!body.AgentName) throw invalid({ 'reply.AgentName': ['The AgentName field is required.'] });
			// Inferred (no example): the new case history entry.
			return ok(ctx.render('CaseHistory', addHistory(supportCase, HISTORY_TYPES.AgentReply, body.AgentName, body.Comment, query)));
		},

		'Get all knowledge base categories': ({ query }) => ok(ctx.list('KbCategory', ctx.all('kbCategories'), query)),
		'Get all knowledge base articles': ({ query }) => ok(ctx.list('KbArticle', ctx.all('kbArticles'), query)),
		'Get knowledge base article': ({ params, query }) =>
			ok(ctx.render('KbArticle', ctx.mustFind('kbArticles', 'KnowledgeBaseArticle', params.articleUid), selectionOf(query))),
	};
	handlers['Get all cases by person Uid'] = handlers['Get all cases'];
	handlers['Get all cases by person email'] = handlers['Get all cases'];
	handlers['Subscribe existing person to list'] = handlers['Subscribe new person to list'];

	return { handlers, subscribe, openCase, addHistory, SUBSCRIBER_STATUS, CASE_STATUS, HISTORY_TYPES };
}

module.exports = { createEngagement, SUBSCRIBER_STATUS, CASE_STATUS, HISTORY_TYPES };
