-- The provisioning journal also records offboardings: CLOSING while one runs (it holds the
-- lease, so no onboarding run can resume the council), CLOSED once the council is retired.
alter table provisioning_job drop constraint provisioning_job_status_check;
alter table provisioning_job add constraint provisioning_job_status_check
    check (status in ('PENDING', 'RUNNING', 'FAILED', 'DONE', 'CLOSING', 'CLOSED'));
-- Where the offboarding wrote the council's data; kept so that a repeated run never replaces it.
alter table provisioning_job add column export_file varchar(1000);

-- councils retired before this version may have kept a FAILED job that a resume would have run
update provisioning_job set status = 'CLOSED', lease_until = null
 where tenant_slug in (select slug from tenant where status = 'RETIRED');
