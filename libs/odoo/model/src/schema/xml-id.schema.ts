import { z } from 'zod';
import { XML_ID_PATTERN } from '../xml-id/is-xml-id.util';

export const xmlIdSchema = z.string().regex(XML_ID_PATTERN, 'expected an XML id such as "hr.group_hr_user"');

export const moduleNameSchema = z.string().regex(/^\w+$/, 'expected a module name such as "hr"');

export const modelNameSchema = z.string().regex(/^[\w.]+$/, 'expected a model name such as "hr.employee"');

/** A natural key of a data record: its XML id when it has one, else `#<database id>`. */
export const recordKeySchema = z.string().min(1, 'expected a record key');
