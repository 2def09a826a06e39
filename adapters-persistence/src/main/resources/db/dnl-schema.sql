-- ============================================================================
-- AutoInvoice migration: the DNL (Denovolab Class4 V5) tables, sequence and
-- indexes the invoice service reads or writes, so that a fresh database looks
-- like a DNL one.  Written from /spec/dnl-schema.sql (same table and column
-- names, types, NOT NULLs and defaults).  Run once, in one transaction, by
-- DnlSchemaInstaller on an empty database; DnlSchemaVerifier parses the
-- CREATE TABLE blocks of this file to know what an existing DNL database must
-- hold, so keep ONE column per line and close each table with ");" alone.
--
-- Daily traffic tables cdr_report_detailYYYYMMDD (UTC day of report_time) are
-- created by whoever loads traffic as
--   CREATE TABLE cdr_report_detailYYYYMMDD (LIKE cdr_report_detail INCLUDING ALL);
-- ============================================================================
-- ---------------------------------------------------------------------------
-- Invoice numbering.  invoice_number = nextval(...)::text.  The UI's
-- "Invoice Number Convention" (system_parameter.invoice_name) does
-- setval('class4_seq_invoice_no', invoice_name - 1) when changed.
-- ---------------------------------------------------------------------------
CREATE SEQUENCE class4_seq_invoice_no START WITH 1 INCREMENT BY 1;

-- ---------------------------------------------------------------------------
-- Reference data
-- ---------------------------------------------------------------------------
CREATE TABLE currency (
    currency_id   serial        PRIMARY KEY,
    code          varchar(100)  NOT NULL UNIQUE,       -- e.g. 'USD'
    active        boolean       NOT NULL DEFAULT true
);

-- Billing cycle definitions ("Payment Term").
--   type 1 = every <days> days          (days = N)
--   type 2 = day <days> of every month  (days = 1..31, clamped to month end)
--   type 3 = day of week                (days = 0 Sunday .. 6 Saturday)
--   type 4 = several days of the month  (days = -1, more_days = '1,15,..')
--   type 5 = twice a month (15th and last day)  (days = -1)
CREATE TABLE payment_term (
    payment_term_id  serial        PRIMARY KEY,
    name             varchar(100)  NOT NULL UNIQUE,
    type             integer       NOT NULL,
    days             integer       NOT NULL,
    grace_days       integer,                 -- due date = invoice date + grace_days
    notify_days      integer,                 -- reminder N days before due
    more_days        varchar(100),            -- type 4 list, sorted, comma separated
    finance_rate     real                     -- % (shown as %0.3f%%), "Finance Fee"
);

-- ---------------------------------------------------------------------------
-- Carrier (client AND vendor are both rows of `client`)
-- ---------------------------------------------------------------------------
CREATE TABLE client (
    client_id                               serial          PRIMARY KEY,
    name                                    varchar(500)    UNIQUE,
    company                                 varchar,                  -- "Billed to"
    address                                 varchar(500),             -- multi-line
    email                                   varchar(100),
    billing_email                           varchar,                  -- invoice recipients, ';' separated
    finance_email_cc                        varchar,
    tax_id                                  varchar(100),
    status                                  boolean         NOT NULL DEFAULT true,   -- active
    mode                                    integer         NOT NULL DEFAULT 1,      -- 1 prepaid, 2 postpaid
    currency_id                             integer         NOT NULL REFERENCES currency,
    allowed_credit                          numeric(30,10)  NOT NULL DEFAULT 0,      -- stored <= 0, shown abs()
    unlimited_credit                        boolean         DEFAULT false,
    -- auto invoicing
    auto_invoicing                          boolean         NOT NULL DEFAULT true,   -- schema default true; UI "Auto Invoice"
    auto_invoice_type                       integer         NOT NULL DEFAULT 2,      -- 0 client(buy) 1 vendor(sell) 2 both (legacy)
    payment_term_id                         integer         REFERENCES payment_term ON DELETE SET NULL,
    invoice_start_from                      date,                     -- "Starting From"
    last_invoiced                           timestamptz     DEFAULT now(),
    auto_invoice_hour                       integer,                  -- 0..23, hour in invoice_zone
    invoice_zone                            varchar(10),              -- '+05:00' style
    invoice_zero                            boolean         DEFAULT true,   -- true = NO invoice for zero traffic
    invoice_format                          integer,                  -- 1 PDF, 2 Word(Excel), 3 HTML
    email_invoice                           boolean         DEFAULT false,  -- "Auto Send Invoice"
    is_send_as_link                         boolean         DEFAULT false,
    attach_cdrs_list                        boolean,                  -- "Include CDR link in email"
    cdr_list_format                         integer,                  -- 1 xls 2 csv 3 zip 4 tar.gz
    is_link_cdr                             boolean         DEFAULT true,
    -- invoice content options
    decimal_place                           integer         DEFAULT 5,      -- rate decimals
    rate_value                              integer         DEFAULT 0,      -- 0 average, 1 actual
    include_tax                             boolean         DEFAULT false,
    tax                                     numeric(5,2),                   -- percent
    invoice_show_details                    boolean         DEFAULT false,  -- usage detail by code name
    invoice_jurisdictional_detail           boolean         DEFAULT false,
    usage_detail_fields                     text,                           -- csv of field keys
    is_invoice_account_summary              boolean         DEFAULT false,  -- "Include Account Detail"
    invoice_use_balance_type                integer         DEFAULT 0,      -- 0 actual, 1 mutual
    include_available_credit                smallint        DEFAULT 0,      -- "Show Account Summary"
    include_payment_history                 smallint        DEFAULT 0,
    include_payment_history_days            integer         DEFAULT 1,
    is_show_daily_usage                     boolean         DEFAULT false,
    is_short_duration_call_surcharge_detail boolean         DEFAULT false,
    invoice_include_payment                 boolean,
    is_show_detail_trunk                    boolean         DEFAULT false,
    is_show_total_trunk                     boolean         DEFAULT false,
    is_show_code_100                        boolean         DEFAULT false,
    is_show_code_name                       boolean         DEFAULT false,
    is_show_country                         boolean         DEFAULT false,
    is_show_by_date                         boolean         DEFAULT false,
    is_breakdown_by_rate_table              boolean,
    breakdown_by_rate_table                 smallint,       -- 1 A-Z by destination, 2 US by jurisdiction
    did_invoice_include                     varchar(255),
    -- short duration call surcharge
    scc_bellow                              integer         DEFAULT 0,      -- seconds threshold (6/12/18/24/30)
    scc_percent                             integer         DEFAULT 0,      -- % of calls allowed to be short
    scc_charge                              numeric(30,10),                 -- charge per short call
    scc_type                                integer         DEFAULT 0,      -- 0 all short calls, 1 only those above the %
    client_type                             integer                         -- NULL normal carrier, 0 vendor/1 client (DID)
);

-- Trunks.  ingress = client side (origination into the switch),
-- egress = vendor side (termination).  client_id owns the trunk.
CREATE TABLE resource (
    resource_id   serial        PRIMARY KEY,
    name          varchar(100)  UNIQUE,
    alias         varchar(100)  NOT NULL UNIQUE,      -- shown on invoices
    client_id     integer       REFERENCES client ON DELETE SET NULL,
    ingress       boolean,
    egress        boolean,
    active        boolean       NOT NULL DEFAULT true,
    tech_prefix   varchar(255)
);

CREATE TABLE resource_prefix (
    id            serial        PRIMARY KEY,
    resource_id   integer       REFERENCES resource ON DELETE CASCADE,
    tech_prefix   varchar       NOT NULL DEFAULT '',  -- prefix_range in production
    rate_table_id integer,
    code          varchar                             -- prefix_range in production
);

-- ---------------------------------------------------------------------------
-- Money: payments, balances
-- ---------------------------------------------------------------------------
-- payment_type:  3 invoice payment sent | 4 invoice payment received |
--   5 prepay payment received | 6 payment sent | 7 credit note received |
--   8 credit note sent | 9 reset | 10 offset | 11 debit received |
--   12 debit sent | 13 mutual reset | 14 actual reset | 15 scc cost
--   (legacy UI also shows 1 manual payment, 2 credit, 3 offset, 4 invoice payment)
CREATE TABLE client_payment (
    client_payment_id  serial          PRIMARY KEY,
    payment_time       timestamptz     NOT NULL,       -- when recorded
    receiving_time     timestamptz,                    -- when money was received (user entered)
    amount             numeric(20,10)  NOT NULL,
    egress_amount      numeric,                        -- resets: amount + egress_amount
    result             boolean         NOT NULL,
    approved           boolean,
    client_id          integer         REFERENCES client ON DELETE SET NULL,
    invoice_number     varchar(100),                   -- links notes/payments to an invoice
    payment_type       integer         DEFAULT 1,
    payment_method     integer,
    current_balance    numeric(30,10)  DEFAULT 0,
    description        varchar(500),
    update_by          varchar
);
CREATE INDEX ON client_payment (payment_time);
CREATE INDEX ON client_payment (client_id);
CREATE INDEX ON client_payment (invoice_number);

-- Allocation of a payment to invoices (invoice_id NULL = unallocated remainder)
CREATE TABLE payment_invoice (
    id          serial         PRIMARY KEY,
    payment_id  integer        REFERENCES client_payment (client_payment_id),
    invoice_id  integer,       -- REFERENCES invoice (added below)
    amount      numeric(20,5)
);

-- Live balance maintained by the switch (client_id is TEXT here!)
CREATE TABLE c4_client_balance (
    id               serial          PRIMARY KEY,
    client_id        varchar(100)    NOT NULL,
    balance          numeric(30,6)   NOT NULL DEFAULT 0.00,
    ingress_balance  numeric(30,6)   NOT NULL DEFAULT 0.00,
    egress_balance   numeric(30,6)   NOT NULL DEFAULT 0.00,
    create_time      timestamptz     NOT NULL DEFAULT now()   -- last update
);
CREATE INDEX ON c4_client_balance (client_id);

-- Daily snapshots (one row per client per day) of the MUTUAL balance
CREATE TABLE balance_history (
    id                      serial         PRIMARY KEY,
    date                    date,
    client_id               integer        REFERENCES client ON DELETE CASCADE,
    payment_received        numeric(20,5)  NOT NULL DEFAULT 0,
    credit_note_sent        numeric(20,5)  NOT NULL DEFAULT 0,
    debit_note_sent         numeric(20,5)  NOT NULL DEFAULT 0,
    payment_sent            numeric(20,5)  NOT NULL DEFAULT 0,
    credit_note_received    numeric(20,5)  NOT NULL DEFAULT 0,
    debit_note_received     numeric(20,5)  NOT NULL DEFAULT 0,
    invoice_set             numeric(20,5)  NOT NULL DEFAULT 0,   -- sic: invoices sent
    invoice_received        numeric(20,5)  NOT NULL DEFAULT 0,
    mutual_balance          numeric(20,5)  NOT NULL,
    mutual_ingress_balance  numeric(20,5)  NOT NULL DEFAULT 0,
    mutual_egress_balance   numeric(20,5)  NOT NULL DEFAULT 0
);
CREATE INDEX ON balance_history (date);

-- Daily snapshots of the ACTUAL (traffic based) balance
CREATE TABLE balance_history_actual (
    id                         serial         PRIMARY KEY,
    date                       date,
    client_id                  integer        REFERENCES client ON DELETE CASCADE,
    payment_received           numeric(20,5)  NOT NULL DEFAULT 0,
    credit_note_sent           numeric(20,5)  NOT NULL DEFAULT 0,
    debit_note_sent            numeric(20,5)  NOT NULL DEFAULT 0,
    unbilled_incoming_traffic  numeric(20,5)  NOT NULL DEFAULT 0,
    short_charges              numeric(20,5)  NOT NULL DEFAULT 0,
    payment_sent               numeric(20,5)  NOT NULL DEFAULT 0,
    credit_note_received       numeric(20,5)  NOT NULL DEFAULT 0,
    debit_note_received        numeric(20,5)  NOT NULL DEFAULT 0,
    unbilled_outgoing_traffic  numeric(20,5)  NOT NULL DEFAULT 0,
    actual_balance             numeric(20,5)  NOT NULL,
    actual_ingress_balance     numeric(20,5)  NOT NULL DEFAULT 0,
    actual_egress_balance      numeric(20,5)  NOT NULL DEFAULT 0
);
CREATE INDEX ON balance_history_actual (date);

-- ---------------------------------------------------------------------------
-- Invoices
-- ---------------------------------------------------------------------------
-- Batch run log (Finance > Invoice Log).  status 0 begin,1 progress,2 done,3 error
CREATE TABLE invoice_log (
    id          serial       PRIMARY KEY,
    start_time  timestamptz,
    end_time    timestamptz,
    status      integer      DEFAULT 0,
    cnt         integer      DEFAULT 1          -- number of invoices expected
);

-- state : -1 void | 0 normal | 1 verify(verified) | 9 sent
-- type  : 0 client/"sent"(ingress usage, buy) | 1 vendor/"received"(egress, sell)
--         | 2 both | 3 incoming vendor invoice (typed in by hand)
-- status: 0 creating | 1 zero CDR | 2 done | 3 sent | -1 "only support buy/sell"
--         (UI also writes -1 to void overlapped invoices)
-- create_type: 0 auto | 1 manual
CREATE TABLE invoice (
    invoice_id                              serial          PRIMARY KEY,
    invoice_number                          varchar(20)     NOT NULL UNIQUE,
    state                                   integer         NOT NULL DEFAULT 0,
    type                                    integer,
    create_type                             integer         DEFAULT 0,
    status                                  integer,
    client_id                               integer         REFERENCES client ON DELETE CASCADE,
    invoice_time                            timestamptz     NOT NULL DEFAULT now(),   -- "Invoice Date"
    invoice_start                           timestamptz     NOT NULL,
    invoice_end                             timestamptz     NOT NULL,
    invoice_zone                            varchar(10),                 -- '+0500' / '+05:00'
    due_date                                date,
    send_time                               timestamptz,
    -- amounts
    total_amount                            numeric(30,5)   NOT NULL DEFAULT 0,
    buy_total                               numeric(30,10),              -- client (ingress) usage cost
    sell_total                              numeric(30,10),              -- vendor (egress) usage cost
    buy_minutes                             real,
    sell_minutes                            real,
    total_minutes                           real,
    total_calls                             integer         DEFAULT 0,
    buy_service_charge                      numeric(30,10),
    sell_service_charge                     numeric(30,10),
    lrn_numbers                             integer,
    lrn_rate                                numeric(30,10),
    lrn_cost                                numeric(30,10),
    scc_cost                                numeric(30,5),               -- short call surcharge amount
    scc_calls                               integer,
    scc_per                                 real,
    scc_sec                                 integer,
    tax                                     numeric(30,10),
    -- payments / disputes
    paid                                    boolean         NOT NULL DEFAULT false,
    pay_amount                              numeric(30,5)   NOT NULL DEFAULT 0,
    credit_amount                           numeric(30,5)   DEFAULT 0,
    credit_note                             numeric(30,10),
    disputed                                integer         DEFAULT 0,   -- 0 no,1 disputed,2 resolved
    disputed_amount                         numeric(30,10),
    -- account summary snapshot
    current_balance                         numeric(30,10)  NOT NULL,    -- c4_client_balance at generation
    invoice_use_balance_type                integer         DEFAULT 0,   -- 0 actual, 1 mutual
    invoice_balance_time                    timestamptz,
    previous_balance                        numeric(30,10),
    payment_credit                          numeric(30,10),
    finance_charge                          numeric(30,10),
    decurring_charge                        numeric(30,10),              -- sic: recurring charges
    non_recurring_charge                    numeric(30,10),
    current_charge                          numeric(30,10),
    new_balance                             numeric(30,10),
    please_pay                              numeric(20,5),
    credit_remaining                        numeric(20,5),
    unlimited_credit_unlimited              boolean         DEFAULT false,
    payment_term                            varchar,                     -- payment term NAME
    -- files / links
    pdf_path                                varchar(300),
    cdr_path                                varchar(300),
    ingress_cdr_file                        varchar(255),
    egress_cdr_file                         varchar(255),
    link_cdr                                varchar(50),
    cdr_link                                text,
    cdr_token                               text,
    is_send_as_link                         boolean         DEFAULT false,
    -- rendering options frozen on the invoice
    output_type                             integer         DEFAULT 0,   -- 0 pdf,1 excel/word,2 html
    decimal_place                           integer         DEFAULT 5,
    decimals_num                            integer,
    rate_value                              integer         DEFAULT 0,
    include_detail                          boolean         DEFAULT true,
    invoice_jurisdictional_detail           boolean         DEFAULT true,
    usage_detail_fields                     text,
    is_invoice_account_summary              boolean         DEFAULT false,
    is_show_daily_usage                     boolean         DEFAULT false,
    is_short_duration_call_surcharge_detail boolean         DEFAULT false,
    invoice_include_payment                 boolean,
    is_show_total_trunk                     boolean         DEFAULT false,
    is_show_detail_trunk                    boolean         DEFAULT false,
    is_show_code_100                        boolean         DEFAULT false,
    is_show_code_name                       boolean         DEFAULT false,
    is_show_country                         boolean         DEFAULT false,
    is_show_by_date                         boolean         DEFAULT false,
    -- generation bookkeeping
    invoice_log_id                          integer,
    generate_start_time                     timestamptz,
    generate_copy_time                      timestamptz,
    generate_stats_time                     timestamptz,
    generate_end_time                       timestamptz,
    api_requests                            integer         DEFAULT 0,
    api_params                              text,
    -- reconciliation (vendor invoices)
    reconcile_file_path                     varchar,
    reconcile_state                         integer         DEFAULT 0
);
CREATE INDEX ON invoice (client_id);
ALTER TABLE payment_invoice ADD FOREIGN KEY (invoice_id) REFERENCES invoice (invoice_id);

-- Usage detail per code name (invoice_type 0 = client/buy, 1 = vendor/sell)
CREATE TABLE invoice_calls (
    invoice_calls_id  serial          PRIMARY KEY,
    invoice_no        varchar(100),
    invoice_type      integer,
    code_name         varchar(100),
    country           varchar(100),
    effective_date    varchar(100),
    calls_count       integer,
    total_minutes     real,
    avg_rate          numeric(30,10),
    cost              numeric(30,10),
    inter_minutes     real,
    intra_minutes     real,
    inter_rate        numeric(30,10),
    intra_rate        numeric(30,10),
    inter_cost        numeric(30,10),
    intra_cost        numeric(30,10),
    trunk_name        integer,
    prefix            varchar(200),
    contract_number   varchar(20)
);
CREATE INDEX ON invoice_calls (invoice_no);

-- "Daily Usage with US Jurisdictional Breakdown"
CREATE TABLE invoice_daily_cost (
    id            serial          PRIMARY KEY,
    invoice_no    varchar(100),
    invoice_date  timestamptz,
    inter_mins    real,
    intra_mins    real,
    other_mins    real,               -- indeterminate
    inter_cost    numeric(30,10),
    intra_cost    numeric(30,10),
    other_cost    numeric(30,10)
);

-- "Summary of Payments"
CREATE TABLE invoice_payment (
    id              serial          PRIMARY KEY,
    invoice_no      varchar(50),
    payment_time    timestamptz,
    payment_amount  numeric(30,10)
);

-- "Summary By Trunk"  (rendered when invoice.is_show_total_trunk)
CREATE TABLE invoice_calls_detail_by_trunk (
    invoice_no   varchar(100)   REFERENCES invoice (invoice_number) ON DELETE CASCADE,
    resource_id  integer,
    prefix       varchar(50),
    calls        integer,
    minutes      real,
    amount       numeric(30,10)
);

-- "Detail by Trunk"  (rendered when invoice.is_show_detail_trunk)
CREATE TABLE invoice_calls_total_by_trunk (
    invoice_no       varchar(100)   REFERENCES invoice (invoice_number) ON DELETE CASCADE,
    resource_id      integer,
    prefix           varchar(50),
    inter_calls      integer,
    inter_minutes    real,
    inter_acd        real,
    inter_amount     numeric(30,10),
    intra_calls      integer,
    intra_minutes    real,
    intra_acd        real,
    intra_amount     numeric(30,10),
    indeter_calls    integer,
    indeter_minutes  real,
    indeter_acd      real,
    indeter_amount   numeric(30,10),
    amount           numeric(30,10),
    no_call_6        integer            -- short calls (under 6 s)
);

CREATE TABLE invoice_show_code_100 (      -- "Code Summary (top 10)"
    invoice_no  varchar(100)   REFERENCES invoice (invoice_number) ON DELETE CASCADE,
    code        varchar(100),
    calls       integer,
    minutes     real,
    amount      numeric(30,10)
);

CREATE TABLE invoice_show_code_name (     -- "Traffic Analysis by Code Name"
    invoice_no  varchar(100)   REFERENCES invoice (invoice_number) ON DELETE CASCADE,
    code_name   varchar(100),
    calls       integer,
    minutes     real,
    amount      numeric(30,10)
);

CREATE TABLE invoice_show_country (       -- "Traffic Analysis by Country"
    invoice_no  varchar(100)   REFERENCES invoice (invoice_number) ON DELETE CASCADE,
    country     varchar(100),
    calls       integer,
    minutes     real,
    amount      numeric(30,10)
);

CREATE TABLE invoice_show_date (          -- "Calls By Date Summary"
    invoice_no  varchar(100)   REFERENCES invoice (invoice_number) ON DELETE CASCADE,
    time_day    varchar(50),
    calls       integer,
    minutes     real,
    amount      numeric(30,10)
);

-- DID / channel charges (optional feature, [script_invoice] invoice_did)
CREATE TABLE invoice_did (
    id                   serial        PRIMARY KEY,
    invoice_number       varchar(50),
    did_plan             varchar(100),
    did_rate             real,
    did_total_count      integer,
    did_total_cost       real,
    channel_rate         real,
    channel_total_count  integer,
    channel_total_cost   real
);

-- Auto-invoice bookkeeping: one row per client per triggered invoice date
CREATE TABLE invoice_history (
    id                       serial        PRIMARY KEY,
    client_id                integer       NOT NULL,
    last_invoice_for         date          DEFAULT current_date,
    reminders_count          integer       DEFAULT 0,
    next_reminder_timestamp  integer       DEFAULT 0,
    invoice_filename         varchar(500),
    start_time               timestamp,    -- NB: without time zone
    end_time                 timestamp
);
CREATE INDEX ON invoice_history (client_id);
CREATE INDEX ON invoice_history (last_invoice_for);

-- Legacy record of invoice e-mails
CREATE TABLE invoice_email (
    id            serial         PRIMARY KEY,
    invoice_no    varchar(20),
    send_time     timestamptz,
    send_address  varchar(100),
    mail_sub      varchar(100),
    mail_content  varchar(1000),
    pdf_file      varchar(100)
);

-- Log of invoice CDR export jobs (Log > Invoice CDR Log)
CREATE TABLE invoice_cdr_log (
    id              serial        PRIMARY KEY,
    start_time      timestamptz,
    end_time        timestamptz,
    type            integer,
    invoice_number  varchar(255),
    carrier_name    varchar(255)
);

-- ---------------------------------------------------------------------------
-- Mail
-- ---------------------------------------------------------------------------
CREATE TABLE mail_sender (
    id          serial        PRIMARY KEY,
    smtp_host   varchar(255),
    smtp_port   varchar(255),
    username    varchar(255),
    password    varchar(255),
    email       varchar(255),       -- From address
    name        varchar(255),       -- From name
    secure      integer       NOT NULL DEFAULT 0,   -- 0 none 1 tls 2 ssl
    loginemail  varchar(12)         -- 'false' = no SMTP auth (sendmail)
);

CREATE TABLE mail_tmplate (               -- sic
    id                serial  PRIMARY KEY,
    invoice_from      text,   -- mail_sender.id or 'default' (system_parameter SMTP)
    invoice_subject   text,
    invoice_content   text,   -- HTML; tags {company_name} {client_name} {invoice_amount}
                              -- {invoice_number} {cdr_url} {invoice_link} {start_date}
                              -- {end_date} {switch_alias}
    invoice_cc        text    -- ';' separated
);

-- type 7 = invoice; status 0/NULL success, 1 failure
CREATE TABLE email_log (
    id               serial        PRIMARY KEY,
    send_time        timestamptz,
    client_id        integer,
    email_addresses  varchar(500),
    files            varchar(500),
    type             smallint,
    status           smallint,
    error            text,
    resend_email     text,
    subject          varchar(100),
    content          text,
    is_view          integer       NOT NULL DEFAULT 0
);

-- ---------------------------------------------------------------------------
-- Global settings (single row)
-- ---------------------------------------------------------------------------
CREATE TABLE system_parameter (
    sys_id                      serial        PRIMARY KEY,
    sys_timezone                varchar(20),              -- e.g. '+0000'
    switch_alias                varchar(255),
    invoice_name                varchar(200),             -- "Invoice Number Convention" (numeric start)
    invoice_decimal_digits      integer       DEFAULT 2,  -- digits for amounts on invoices
    default_billing_decimal     integer       NOT NULL DEFAULT 6,
    tpl_number                  integer       DEFAULT 0,  -- billing details: 0 bottom,1 top,2 middle
    pdf_tpl                     text,                     -- "Billing Details" (bank info) HTML/text
    company_info                varchar(500),
    company_info_location       smallint      DEFAULT 0,  -- 0 top, 1 left
    overlap_invoice_protection  boolean       DEFAULT true,
    invoice_send_mode           integer       DEFAULT 0,  -- manual invoices: 0 attachment, 1 link
    send_cdr_fields             text,                     -- csv of client_cdr column expressions
    finance_email               varchar(1000),
    fromemail                   varchar(50),
    emailname                   varchar(50),
    smtphost                    varchar(50),
    smtpport                    varchar(50),
    emailusername               varchar(50),
    emailpassword               varchar(50),
    loginemail                  varchar(12),
    smtp_secure                 integer       DEFAULT 0,  -- 0 none,1 tls,2 ssl,3 NTLM
    realm                       varchar,
    workstation                 varchar
);

-- ---------------------------------------------------------------------------
-- Traffic aggregates.  Parent table; real data live in DAILY child tables
-- named cdr_report_detailYYYYMMDD (UTC day of report_time), e.g.
--   CREATE TABLE cdr_report_detail20180115 (LIKE cdr_report_detail);
-- Rows are pre-aggregated (about hourly) per ingress/egress trunk, client,
-- code, prefix ...; all *_time / duration columns are SECONDS.
-- ---------------------------------------------------------------------------
CREATE TABLE cdr_report_detail (
    report_time              timestamptz,
    -- ingress (client) side
    ingress_client_id        integer,
    ingress_id               integer,          -- resource_id of ingress trunk
    ingress_prefix           varchar(100),     -- tech prefix used on the ingress trunk
    ingress_code             varchar(100),
    ingress_code_name        varchar(100),
    ingress_country          varchar(100),
    ingress_rate             double precision, -- actual rate
    ingress_rate_date        bigint,           -- rate effective date (epoch)
    ingress_rate_table_id    integer,
    ingress_total_calls      integer,          -- attempts
    ingress_success_calls    integer,
    ingress_busy_calls       integer,
    ingress_cancel_calls     integer,
    ingress_bill_time        integer,
    ingress_call_cost        numeric(15,6),
    ingress_bill_time_inter  integer,
    ingress_bill_time_intra  integer,
    ingress_call_cost_inter  numeric(15,6),
    ingress_call_cost_intra  numeric(15,6),
    ingress_call_cost_local  numeric(15,6),
    ingress_call_cost_ij     numeric(15,6),
    -- egress (vendor) side
    egress_client_id         integer,
    egress_id                integer,
    egress_code              varchar(100),
    egress_code_name         varchar(100),
    egress_country           varchar(100),
    egress_rate              double precision,
    egress_rate_date         bigint,
    egress_total_calls       integer,
    egress_success_calls     integer,
    egress_busy_calls        integer,
    egress_cancel_calls      integer,
    egress_bill_time         integer,
    egress_call_cost         numeric(15,6),
    egress_bill_time_inter   integer,
    egress_bill_time_intra   integer,
    egress_call_cost_inter   numeric(15,6),
    egress_call_cost_intra   numeric(15,6),
    -- shared
    duration                 integer,          -- real talk time
    not_zero_calls           integer,          -- answered (duration > 0)
    not_zero_calls_6         integer,          -- answered, 1..6 s
    call_12s                 integer,          -- 6..12 s
    call_18s                 integer,          -- 12..18 s
    call_24s                 integer,          -- 18..24 s
    not_zero_calls_30        integer,          -- 24..30 s
    duration_6               integer,
    duration_30              integer,
    inter_ingress_total_calls integer,
    intra_ingress_total_calls integer,
    inter_not_zero_calls     integer,
    intra_not_zero_calls     integer,
    inter_duration           integer,
    intra_duration           integer,
    orig_jur_type            integer,
    term_jur_type            integer,
    lrn_calls                integer,
    lnp_cost                 numeric(15,8),
    pdd                      bigint,
    release_cause            smallint
);

-- ---------------------------------------------------------------------------
-- Raw CDRs (only for CDR attachments / links).  Daily child tables
-- client_cdrYYYYMMDD.  *_of_date / release_tod are epoch MICROseconds.
-- ---------------------------------------------------------------------------
CREATE TABLE client_cdr (
    id                              bigint,
    "time"                          timestamptz DEFAULT now(),
    start_time_of_date              bigint,
    answer_time_of_date             bigint,
    release_tod                     bigint,
    call_duration                   integer,
    ingress_id                      integer,
    ingress_client_id               integer,
    ingress_client_rate             double precision,
    ingress_client_bill_time        integer,
    ingress_client_bill_result      smallint,
    ingress_client_cost             numeric(12,6),
    egress_id                       integer,
    egress_client_id                integer,
    egress_rate                     double precision,
    egress_bill_time                integer,
    egress_bill_result              smallint,
    egress_cost                     numeric(12,6),
    origination_source_number       varchar(100),
    origination_destination_number  varchar(100),
    trunk_id_origination            varchar(100),
    trunk_id_termination            varchar(100),
    route_prefix                    varchar(100),
    orig_code                       varchar(100),
    orig_code_name                  varchar(100),
    orig_country                    varchar(100),
    term_code                       varchar(100),
    term_code_name                  varchar(100),
    term_country                    varchar(100),
    ingress_rate_effective_date     bigint,
    egress_rate_effective_date      bigint,
    lnp_dipping_cost                numeric(10,8),
    lrn_number_vendor               smallint,
    is_final_call                   smallint,
    release_cause                   smallint
);
