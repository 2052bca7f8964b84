-- Terms of service: every published version (never changed once published) and, per account, the version the
-- member accepted and when. Written for both PostgreSQL and H2 (in PostgreSQL mode); see src/docs/schema-changes.md.
-- Accounts that existed before this migration have accepted no version: they are asked when they next sign in.

-- Starts at 100: the first block the portal takes (51 to 100) stays clear of the first version's id 1 inserted below.
CREATE SEQUENCE terms_version_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE terms_version (
    id            BIGINT PRIMARY KEY,
    version       INTEGER NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by  BIGINT REFERENCES account (id),
    changes_en    VARCHAR(2000) NOT NULL,
    changes_cy    VARCHAR(2000) NOT NULL,
    text_en       VARCHAR(100000) NOT NULL,
    text_cy       VARCHAR(100000) NOT NULL,
    CONSTRAINT terms_version_unique UNIQUE (version)
);

ALTER TABLE account ADD COLUMN terms_version INTEGER;
ALTER TABLE account ADD COLUMN terms_accepted_at TIMESTAMP WITH TIME ZONE;

INSERT INTO terms_version (id, version, published_at, published_by, changes_en, changes_cy, text_en, text_cy)
VALUES (1, 1, TIMESTAMP WITH TIME ZONE '2026-11-26 00:00:00+00', NULL,
'The first version of our terms.',
'Fersiwn gyntaf ein telerau.',
'## Taking part in Coproduce

Coproduce is a place where people who use care and support, carers, practitioners and students share
what they know and plan services together. These terms say what we ask of everyone who joins.

### Respect
- Treat everyone as an equal partner. Disagree with ideas, not with people.
- No insults, threats, harassment or discrimination of any kind.
- Use plain words and explain jargon, so that everyone can follow.

### Privacy
- Do not post anyone''s name, address, health details or anything else that could identify them,
  unless it is about you and you want to share it.
- Change details in stories so that nobody can be recognised: people, places and services.
- We keep your account details to run the portal and never sell them.

### Consent for stories
- Only share a story that is yours to tell, or one you have the clear permission of the person to share.
- You can ask us to take your story down at any time.

### Safeguarding
- If you are worried that someone is at risk of harm, report it with the reason "safeguarding concern".
  Our safeguarding leads read these reports first and act on them.
- If someone is in danger now, call the emergency services (999) before anything else.

### Moderation
- Moderators may hold, edit, hide or remove posts that break these terms, and tell you why.
- New members'' first posts wait for a moderator. Members who break these terms can be suspended.
- Every moderator and administrator action is written to an audit log.

### Changes to these terms
When we change these terms we show you what changed, and you accept the new version before you post again.',
'## Cymryd rhan yn Coproduce

Mae Coproduce yn lle i bobl sy''n defnyddio gofal a chymorth, gofalwyr, ymarferwyr a myfyrwyr rannu''r hyn
maen nhw''n ei wybod a chynllunio gwasanaethau gyda''i gilydd. Mae''r telerau hyn yn dweud beth rydyn ni''n ei
ofyn gan bawb sy''n ymuno.

### Parch
- Trinwch bawb fel partner cyfartal. Anghytunwch â syniadau, nid â phobl.
- Dim sarhad, bygythiadau, aflonyddu na gwahaniaethu o unrhyw fath.
- Defnyddiwch eiriau syml ac esboniwch jargon, fel bod pawb yn gallu dilyn.

### Preifatrwydd
- Peidiwch â chyhoeddi enw, cyfeiriad, manylion iechyd neb nac unrhyw beth arall a allai ddangos pwy ydyn
  nhw, oni bai ei fod amdanoch chi a''ch bod am ei rannu.
- Newidiwch fanylion mewn straeon fel na all neb gael ei adnabod: pobl, lleoedd a gwasanaethau.
- Rydyn ni''n cadw manylion eich cyfrif i redeg y porth a byth yn eu gwerthu.

### Caniatâd ar gyfer straeon
- Rhannwch stori sy''n eiddo i chi yn unig, neu un y mae gennych ganiatâd clir y person i''w rhannu.
- Gallwch ofyn i ni dynnu eich stori i lawr unrhyw bryd.

### Diogelu
- Os ydych chi''n poeni bod rhywun mewn perygl o niwed, rhowch wybod gyda''r rheswm "pryder diogelu".
  Mae ein harweinwyr diogelu yn darllen yr adroddiadau hyn yn gyntaf ac yn gweithredu arnyn nhw.
- Os yw rhywun mewn perygl nawr, ffoniwch y gwasanaethau brys (999) cyn unrhyw beth arall.

### Cymedroli
- Gall cymedrolwyr ddal, golygu, cuddio neu ddileu negeseuon sy''n torri''r telerau hyn, a dweud pam wrthych.
- Mae negeseuon cyntaf aelodau newydd yn aros am gymedrolwr. Gellir atal aelodau sy''n torri''r telerau hyn.
- Mae pob gweithred gan gymedrolwr a gweinyddwr yn cael ei chofnodi mewn log archwilio.

### Newidiadau i''r telerau hyn
Pan fyddwn ni''n newid y telerau hyn rydyn ni''n dangos i chi beth newidiodd, ac rydych chi''n derbyn y fersiwn
newydd cyn i chi bostio eto.');
