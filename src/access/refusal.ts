import { APIError } from 'payload'

/**
 * A refused write whose message API clients must read. Payload's REST answer
 * keeps an error's message only when the error has a name, and the production
 * build minifies class names (sometimes to nothing), so the name is set here.
 */
export class Refusal extends APIError {
  constructor(message: string, status: 400 | 401 | 403 | 404 | 409) {
    super(message, status, null, true)
    this.name = 'Refusal'
  }
}
