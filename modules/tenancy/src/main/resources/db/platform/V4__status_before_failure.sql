-- The status a council had when a migration of its schema failed (ACTIVE or SUSPENDED): once its
-- onboarding is resumed it goes back to it, so a suspended council is not reopened by a retry.
alter table tenant add column status_before_failure varchar(20)
    check (status_before_failure in ('ACTIVE', 'SUSPENDED'));
