import { describe, expect, it } from 'vitest'

import { pipelinedBatches } from '@/practice-input/pipelined-batches'

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('pipelinedBatches (the bulk import writes practices batch by batch)', () => {
  it('writes every batch once, in order, building the next batch while the one before is written', async () => {
    const events: string[] = []
    await pipelinedBatches(
      [1, 2, 3, 4, 5],
      2,
      async (batch) => {
        events.push(`build ${batch.join(',')}`)
        return batch
      },
      async (batch) => {
        events.push(`write ${batch.join(',')} starts`)
        await tick()
        await tick()
        events.push(`write ${batch.join(',')} ends`)
      },
    )
    expect(events).toEqual(['build 1,2', 'write 1,2 starts', 'build 3,4', 'write 1,2 ends', 'write 3,4 starts', 'build 5', 'write 3,4 ends', 'write 5 starts', 'write 5 ends'])
  })

  it('fails as a whole when a write fails while the next batch is built, and builds nothing after it', async () => {
    const built: number[][] = []
    const failing = pipelinedBatches(
      [1, 2, 3, 4, 5, 6],
      2,
      async (batch) => {
        built.push([...batch])
        await tick()
        await tick()
        return batch
      },
      async (batch) => {
        if (batch[0] === 1) throw new Error('COPY refused')
      },
    )
    await expect(failing).rejects.toThrow('COPY refused')
    expect(built).toEqual([
      [1, 2],
      [3, 4],
    ])
  })
})
