import { randomBytes } from 'node:crypto'

/** A new API key: 256 random bits, made by the server, never chosen by a user. */
export const newApiKey = () => randomBytes(32).toString('base64url')

/** The context flag with which the server's own key endpoint writes a key; any other write of a key is refused. */
export const SERVER_MADE_API_KEY = 'serverMadeApiKey'
