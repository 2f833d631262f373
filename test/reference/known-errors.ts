/**
 * The one list of places where Microsoft's UCWA 2.0 reference pages are
 * wrong or inconsistent, and what the model does instead. The reference
 * tests (test/reference-*.test.ts) fail on any disagreement between the
 * pages and the model that is not listed here.
 *
 * kind:
 *  - 'missing-property' | 'missing-link': the page documents `name` but the
 *    model leaves it out (or models it under another name); say why.
 *  - 'missing-enum-member': an enumeration page lacks a member (`name`) that
 *    examples use; the model includes it.
 *  - 'example-disagrees': an example of the page (`name` = property or link)
 *    disagrees with the model's type or name; say what the model decided.
 *  - 'other': anything else, with `name` naming the thing.
 */
export interface KnownError {
  page: string;
  kind: 'missing-property' | 'missing-link' | 'missing-enum-member' | 'example-disagrees' | 'other';
  name: string;
  reason: string;
}

export const knownErrors: KnownError[] = [
  // --- pages a-c ---
  {
    page: 'acceptedByParticipant',
    kind: 'example-disagrees',
    name: 'rel',
    reason:
      'The page examples write rel "acceptedByParticipant", but the same resource embedded in ' +
      'audioVideoInvitation carries rel "participant" and the page documents a subset of participant; ' +
      'AcceptedByParticipant is an alias of Participant (rel participant).',
  },
  {
    page: 'acceptWithAnswer',
    kind: 'other',
    name: 'sdp',
    reason:
      'The request table lists `sdp` ("Array of Byte"), but the body is the raw SDP sent as application/sdp; ' +
      'AcceptWithAnswerPostInput is a string with ucwaContentType application/sdp.',
  },
  {
    page: 'applications2',
    kind: 'other',
    name: 'POST request body',
    reason:
      'The request table says "None", yet the examples send the registration body of the applications page; ' +
      'Applications2PostInput is an alias of ApplicationsPostInput.',
  },
  {
    page: 'audioVideoInvitation',
    kind: 'other',
    name: 'startEmergencyCallInput',
    reason:
      'Undocumented embedded array in the examples (inner rel startEmergencyCallParameters, self link only); ' +
      'modelled as StartEmergencyCallParameters[] (defined in audioVideoInvitation.ts).',
  },
  {
    page: 'batch',
    kind: 'other',
    name: 'POST body',
    reason:
      'The request table says "None" and the response names the batch page, but both bodies are ' +
      'multipart/batching; Batch models only the link and BatchPostInput is the raw multipart string.',
  },
  {
    page: 'communication',
    kind: 'other',
    name: 'simultaneousRingNumberMatch',
    reason: 'Undocumented property present in every example (value "Disabled"); the model includes it as GenericPolicy.',
  },
  // --- end a-c ---
  // --- pages d-m ---
  {
    page: 'delegator',
    kind: 'other',
    name: 'rel',
    reason:
      'Documents exactly the contact properties and links, but the examples give the resource its own rel ' +
      '`delegator`; like transferredBy, Delegator is a type of its own rather than an alias of Contact.',
  },
  {
    page: 'escalateAudio',
    kind: 'other',
    name: 'sdp',
    reason:
      'The request table lists `sdp` ("Array of Byte"), but the body is the raw SDP sent as application/sdp; ' +
      'EscalateAudioPostInput is a string with ucwaContentType application/sdp.',
  },
  {
    page: 'escalateAudioVideo',
    kind: 'other',
    name: 'sdp',
    reason:
      'The request table lists `sdp` ("Array of Byte"), but the body is the raw SDP sent as application/sdp; ' +
      'EscalateAudioVideoPostInput is a string with ucwaContentType application/sdp.',
  },
  {
    page: 'forwardedBy',
    kind: 'other',
    name: 'rel',
    reason:
      'Documents exactly the contact properties and links, but the examples give the resource its own rel ' +
      '`forwardedBy`; like transferredBy, ForwardedBy is a type of its own rather than an alias of Contact.',
  },
  {
    page: 'from',
    kind: 'example-disagrees',
    name: 'rel',
    reason:
      'The page examples write rel "from", but every invitation example embeds `from` with rel "participant" ' +
      'and the page documents a subset of participant; From is an alias of Participant (rel participant).',
  },
  {
    page: 'group2',
    kind: 'other',
    name: 'name',
    reason:
      'Required in the PUT table, but the PUT body is the whole group resource (rel group, GUID token); ' +
      'Group2PutInput is an alias of Group, whose properties are all optional.',
  },
  {
    page: 'ImmediateForwardSettingsTarget',
    kind: 'missing-enum-member',
    name: 'None',
    reason: 'immediateForwardSettings examples write target "None" (no forwarding target); the enum page omits it.',
  },
  {
    page: 'invitation',
    kind: 'other',
    name: 'rel',
    reason:
      'The page has no examples and no resource carries rel "invitation": it documents what the concrete ' +
      'invitations share. Invitation.rel is the union of the five concrete invitation rels.',
  },
  {
    page: 'localParticipant',
    kind: 'other',
    name: 'rel',
    reason:
      'Documents a subset of participant, but the examples and the conversation events use rel ' +
      '`localParticipant`; LocalParticipant is a type of its own rather than an alias of Participant.',
  },
  {
    page: 'makeMeAvailable2',
    kind: 'other',
    name: 'POST response',
    reason:
      'The 201 body is not a UCWA resource: JSON `{ "operations": [null] }`, XML `<operationsQueued>` outside ' +
      'the UCWA namespace. Modelled as MakeMeAvailable2PostResponse (ucwaKind response), not as a resource.',
  },
  {
    page: 'mediaRelayAccessToken',
    kind: 'example-disagrees',
    name: 'Uri',
    reason:
      'The properties table documents `uri`, the JSON and XML examples write `Uri`; the model accepts both ' +
      'names (as wire names differ only by case, a server may send either).',
  },
  {
    page: 'messagingInvitation',
    kind: 'other',
    name: 'startEmergencyCallInput',
    reason:
      'Undocumented embedded array in the examples (inner rel startEmergencyCallParameters, self link only); ' +
      'modelled as StartEmergencyCallParameters[] as in audioVideoInvitation.',
  },
  {
    page: 'myAssignedOnlineMeeting',
    kind: 'other',
    name: 'onlineMeetingExtension',
    reason:
      'Undocumented embedded array in the examples (rel onlineMeetingExtension); modelled as ' +
      'OnlineMeetingExtension[].',
  },
  {
    page: 'myAssignedOnlineMeeting',
    kind: 'other',
    name: 'PUT response',
    reason:
      'The PUT response example is the updated meeting with rel "myOnlineMeeting" (the response table names ' +
      'myOnlineMeeting), not a myAssignedOnlineMeeting representation; it validates as MyOnlineMeeting.',
  },
  // --- end d-m ---
  // --- pages n-p ---
  {
    page: 'myGroupMembership',
    kind: 'other',
    name: 'delegatesGroup',
    reason:
      'Only the myGroupMembership2 page documents the delegatesGroup link; both pages describe the same ' +
      'resource (rel myGroupMembership), so MyGroupMembership holds it and MyGroupMembership2 is an alias.',
  },
  {
    page: 'myOnlineMeeting',
    kind: 'other',
    name: 'onlineMeetingExtension',
    reason:
      'The examples embed an onlineMeetingExtension array that the page does not document (its Links table ' +
      'repeats onlineMeetingExtensions instead); the model includes the embedded array.',
  },
  {
    page: 'onlineMeeting',
    kind: 'other',
    name: 'onlineMeetingExtension',
    reason: 'The example embeds an undocumented onlineMeetingExtension array; the model includes it.',
  },
  {
    page: 'onlineMeetingInvitation',
    kind: 'other',
    name: 'startEmergencyCallInput',
    reason:
      'The examples embed an undocumented startEmergencyCallInput array (rel startEmergencyCallParameters); ' +
      'modelled with StartEmergencyCallParameters.',
  },
  {
    page: 'onlineMeetingPolicies',
    kind: 'other',
    name: 'entryExitAnnouncement',
    reason:
      'The page names no enumeration for its five policy properties and its sample writes "None" for all; ' +
      'the model uses GenericPolicy (Disabled, Enabled, None) for them.',
  },
  {
    page: 'participantInvitation',
    kind: 'other',
    name: 'startEmergencyCallInput',
    reason:
      'The examples embed an undocumented startEmergencyCallInput array (rel startEmergencyCallParameters); ' +
      'modelled with StartEmergencyCallParameters.',
  },
  {
    page: 'phoneAudioInvitation',
    kind: 'other',
    name: 'startEmergencyCallInput',
    reason:
      'The examples embed an undocumented startEmergencyCallInput array (rel startEmergencyCallParameters); ' +
      'modelled with StartEmergencyCallParameters.',
  },
  {
    page: 'photo',
    kind: 'other',
    name: 'GET response',
    reason: 'GET returns the picture as image/jpeg, not a UCWA document; Photo only describes links to it.',
  },
  {
    page: 'policies',
    kind: 'other',
    name: 'emergencyNumbers',
    reason:
      'Described as one semicolon-separated string, but the JSON example sends an array and the XML a ' +
      'propertyList; the model says string[].',
  },
  {
    page: 'policies',
    kind: 'other',
    name: 'useLocationForE911Only',
    reason: 'Described as true or false, but both examples write "Disabled"; the model uses GenericPolicy.',
  },
  {
    page: 'presenceSubscription',
    kind: 'other',
    name: 'duration',
    reason:
      'duration is documented both as a query parameter and as the POST body, and the request examples send ' +
      'no body; PresenceSubscriptionPostInput still models the body.',
  },
  {
    page: 'removeContactFromAllGroups',
    kind: 'other',
    name: 'contactUri',
    reason: 'The request parameter has no type hint (and the page no description); modelled as a string.',
  },
  {
    page: 'renegotiations',
    kind: 'other',
    name: 'sdp',
    reason:
      'The request table lists `sdp` ("Array of Byte"), but the body is the raw SDP sent as application/sdp; ' +
      'RenegotiationsPostInput is a string with ucwaContentType application/sdp.',
  },
  {
    page: 'renegotiations',
    kind: 'other',
    name: 'POST response',
    reason:
      'The 201 response has no rel and its item points to a missing ReNegotiation page; it is an ' +
      'audioVideoRenegotiation (it validates as AudioVideoRenegotiation), not a Renegotiations resource.',
  },
  // --- end n-p ---
  // --- pages q-z ---
  {
    page: 'resumeAudio',
    kind: 'other',
    name: 'sdp',
    reason:
      'The request table lists `sdp` ("Array of Byte"), but the body is the raw SDP sent as application/sdp; ' +
      'ResumeAudioPostInput is a string with ucwaContentType application/sdp.',
  },
  {
    page: 'resumeAudio',
    kind: 'other',
    name: 'POST response',
    reason:
      'The response example is the renegotiation the operation creates (audioVideoRenegotiation links and ' +
      'properties), written without a rel; it is not a representation of resumeAudio.',
  },
  {
    page: 'resumeAudioVideo',
    kind: 'other',
    name: 'sdp',
    reason:
      'The request table lists `sdp` ("Array of Byte"), but the body is the raw SDP sent as application/sdp; ' +
      'ResumeAudioVideoPostInput is a string with ucwaContentType application/sdp.',
  },
  {
    page: 'resumeAudioVideo',
    kind: 'other',
    name: 'POST response',
    reason:
      'The response example is the renegotiation the operation creates (audioVideoRenegotiation links and ' +
      'properties), written without a rel; it is not a representation of resumeAudioVideo.',
  },
  {
    page: 'sendProvisionalAnswer',
    kind: 'other',
    name: 'sdp',
    reason:
      'The request table lists `sdp` ("Array of Byte"), but the body is the raw SDP sent as application/sdp; ' +
      'SendProvisionalAnswerPostInput is a string with ucwaContentType application/sdp.',
  },
  {
    page: 'sendMessage',
    kind: 'other',
    name: 'operationId',
    reason:
      'Listed as a request-body parameter, but it is a query parameter (the page lists it there too) and the ' +
      'body is the message text as text/plain; SendMessagePostInput is a string.',
  },
  {
    page: 'subscribeToGroupPresence',
    kind: 'other',
    name: 'groupId',
    reason:
      'The request table lists `duration` and `groupId` as body parameters, but the examples send `groupId` in ' +
      'the query string and no body; the model keeps the documented body (both values required).',
  },
  {
    page: 'transferredBy',
    kind: 'other',
    name: 'rel',
    reason:
      'The examples give this contact resource the rel `transferredBy` (not `contact`, as the `to` and ' +
      '`organizer` pages do); the model follows the examples with a TransferredBy type of its own.',
  },
  {
    page: 'xframe',
    kind: 'other',
    name: 'GET response',
    reason: 'GET answers with an HTML page (the cross-domain frame), not a UCWA resource; only links to xframe are modelled.',
  },
  // --- end q-z ---
  // --- enums, errors, events, other ---
  { page: 'CallForwardingState', kind: 'missing-enum-member', name: 'None', reason: "callForwardingSettings' PUT hint lists None (forwarding off); the page does not." },
  { page: 'GenericPolicy', kind: 'missing-enum-member', name: 'None', reason: "communication's PUT hints list None for its policy parameters; the page does not." },
  { page: 'LisQueryResultEnum', kind: 'missing-enum-member', name: 'Succeeded', reason: "the page lists only Failed; communication's PUT hint and real servers use Succeeded." },
  { page: 'ModalityType', kind: 'missing-enum-member', name: 'ApplicationSharing', reason: "makeMeAvailable/communication hints and the conversationLog example use it; the page omits it." },
  { page: 'ModalityType', kind: 'missing-enum-member', name: 'DataCollaboration', reason: "makeMeAvailable/communication hints and the contactSupportedModalities example use it; the page omits it." },
  { page: 'SimultaneousRingTarget', kind: 'missing-enum-member', name: 'None', reason: "simultaneousRingSettings' PUT hint lists None; the page does not." },
  { page: 'UnansweredCallHandlingTarget', kind: 'missing-enum-member', name: 'None', reason: "unansweredCallSettings' PUT hint lists None; the page does not." },
  { page: 'ErrorSubcode', kind: 'missing-enum-member', name: 'None', reason: "error tables of most operations use subcode None; the page omits it." },
  { page: 'ErrorSubcode', kind: 'missing-enum-member', name: 'CallbackChannelError', reason: "error tables use it (event channel unreachable); the page omits it." },
  { page: 'ErrorSubcode', kind: 'missing-enum-member', name: 'CannotRedirect', reason: "error tables use it (410 Gone); the page omits it." },
  { page: 'ErrorSubcode', kind: 'missing-enum-member', name: 'InvalidExchangeServerVersion', reason: "error tables use it; the page omits it." },
  { page: 'ErrorSubcode', kind: 'missing-enum-member', name: 'MaxEventCountReached', reason: "reportMediaDiagnostics' hint lists it; the page omits it." },
  { page: 'ErrorSubcode', kind: 'missing-enum-member', name: 'UnprocessableEntity', reason: "reportMediaDiagnostics' hint lists it; the page omits it." },
  // --- end enums ---
  // --- operations, synchronous errors and scopes (test/reference-operations.test.ts) ---
  {
    page: 'applications',
    kind: 'other',
    name: 'OPTIONS response type',
    reason: 'The response table names no item, yet OPTIONS answers with the metadata body; the model says ApplicationsOptionsMetadata.',
  },
  {
    page: 'anonApplications',
    kind: 'other',
    name: 'OPTIONS response type',
    reason: 'The response table names no item, yet OPTIONS answers with the metadata body; the model says AnonApplicationsOptionsMetadata.',
  },
  {
    page: 'applications2',
    kind: 'other',
    name: 'POST request type',
    reason: 'The request body is documented as None, yet the examples send the registration body; the model says Applications2PostInput.',
  },
  {
    page: 'batch',
    kind: 'other',
    name: 'POST request type',
    reason: 'The request body is documented as None, yet a batch POST carries the multipart/batching body; the model says BatchPostInput.',
  },
  {
    page: 'makeMeAvailable2',
    kind: 'other',
    name: 'POST response type',
    reason: 'The response table has an empty item; the operation answers with the queued-operations body, MakeMeAvailable2PostResponse.',
  },
  {
    page: 'renegotiations',
    kind: 'other',
    name: 'POST response type',
    reason: 'The response names a "Renegotiation entity" page that does not exist; the renegotiation created is an AudioVideoRenegotiation.',
  },
  {
    page: 'resumeAudio',
    kind: 'other',
    name: 'POST response type',
    reason: 'The response names a "Renegotiation entity" page that does not exist; the renegotiation created is an AudioVideoRenegotiation.',
  },
  {
    page: 'resumeAudioVideo',
    kind: 'other',
    name: 'POST response type',
    reason: 'The response names a "Renegotiation entity" page that does not exist; the renegotiation created is an AudioVideoRenegotiation.',
  },
  {
    page: 'makeMeAvailable2',
    kind: 'other',
    name: 'scopes',
    reason: 'The scope table lists each of its two rows twice; the model lists each scope once.',
  },
  {
    page: 'SkypeForBusinessOnlineScopePermissions',
    kind: 'other',
    name: 'scope permission Contacts.ReadWrite',
    reason: 'This page names the permission differently from the 61 resource pages that list the scope; the model keeps the resource pages\' name.',
  },
  {
    page: 'SkypeForBusinessOnlineScopePermissions',
    kind: 'other',
    name: 'scope permission Meetings.ReadWrite',
    reason: 'This page names the permission differently from the 23 resource pages that list the scope; the model keeps the resource pages\' name.',
  },
  // --- end operations ---
];
