'use client'

import { useEffect } from 'react'

import { writeCompareList } from './compare-store'

/** Makes the practices on the comparison page the visitor's comparison list, so that the tray follows removals and shared links. */
export function CompareListSync({ slugs }: { slugs: readonly string[] }) {
  const list = slugs.join(',')
  useEffect(() => {
    writeCompareList(list.split(','))
  }, [list])
  return null
}
