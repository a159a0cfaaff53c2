/**
 * The PostgreSQL role allowed to append to the audit log and read it, never to update, delete or
 * truncate. Grant it to the services' login role: `grant sightline_audit_writer to <service role>`.
 */
export const auditWriterRole = 'sightline_audit_writer';
