import type { LeafletBlock } from '@/seed/lexical'

/**
 * The group's leaflet "Why we carry this banner" (the original text is beside this file), as the
 * blocks of the first article. Words are the group's own: change them only to follow the leaflet.
 */
export const LEAFLET = {
  title: 'Why we carry this banner',
  slug: 'why-we-carry-this-banner',
  standfirst:
    'For a year and a half we have marched against Israel’s war on Palestine and Russia’s war on Ukraine behind one banner. This is why.',
  byline: 'Ukraine Information Group',
  handedOutAt: 'London demonstration for ceasefire in Gaza, 8 June 2024',
}

export const LEAFLET_BLOCKS: LeafletBlock[] = [
  { kind: 'paragraph', text: 'For the last year and a half, a group of us have participated in anti-war demonstrations, against Israel\'s war on Palestine and against Russia\'s war on Ukraine, with our banner saying "From Ukraine to Palestine, Occupation is a crime".' },
  { kind: 'paragraph', text: 'Ukraine and Palestine are both small nations resisting a vicious colonial power. Their circumstances and allies are different, but their causes stand on the same foundation. Both Ukrainians and Palestinians have a right to be free and to resist genocide and occupation. Both peoples deserve our international solidarity.' },
  { kind: 'paragraph', text: 'Lawless authoritarianism on a global level has been boosted by the second Trump presidency. It encourages Israel\'s ongoing genocide against Gaza and approved Israel\'s bombing of Iran. It is also indifferent to the suffering of the Ukrainian people, blaming the victims and echoing the propaganda of Putin\'s authoritarian regime in its war of aggression and colonisation.' },
  { kind: 'paragraph', text: 'America\'s allies have now become Trump\'s enablers. The dominant neoliberal political class have helped create a world of accelerating inequality. Now they are capitulating to the militarism and racism that Trump and his fellow authoritarians need to bolster their declining authority. This in turn undermines our basic civil liberties – including the right to protest. Alongside the national rights of Ukrainians and Palestinians, rising authoritarianism threatens our democratic and social rights – here in Britain too.' },
  { kind: 'heading', text: 'How can we respond?' },
  { kind: 'paragraph', text: 'We need to continue to build solidarity with the people of Palestine, on the streets, in our workplaces and by forging direct people-to-people links. We must also maintain our solidarity with the Ukrainian resistance to Russian terror.' },
  { kind: 'paragraph', text: 'We support their right to resist Russia militarily and to acquire arms from other governments, including our own, while rejecting the exploitation of their struggle as a justification for any UK-European rearmament programme or increases in British defence spending.' },
  { kind: 'paragraph', text: 'The hypocrisy of the Western political class is clear. It purports to support Ukraine (yet avoiding any sanctions on Russia that might destabilise oil markets), while denying the rights of Palestinians and trying to silence opposition to Israeli war crimes.' },
  { kind: 'paragraph', text: 'This hypocrisy is rooted in racism and we reject it. But we also reject its mirror image, so-called “campism”, which opposes the imperialist threat coming from the US and its allies alone, but denies or downplays the principal threat facing the Ukrainian people, from Putin’s Russia. We believe these are twin evils that go together, and that we must oppose them together.' },
  { kind: 'paragraph', text: 'We need positive solidarity without borders, forging political and practical links between different struggles, challenging the narratives that undermine this unity.' },
  { kind: 'paragraph', text: 'In the US, Vermont State Senator Tanya Vyhovsky, speaking at a recent ‘No Kings’ anti-Trump protest, said:' },
  {
    kind: 'quote',
    paragraphs: [
      'We can never forget that our futures are inextricably linked: from Ukraine to Palestine – Occupation is a crime.',
      'We fight for a better future that puts people and planet first. A future that says No to the destructive greed of the ruling class, a future where authoritarians have no room to wreak chaos and sow fear. Together we can defeat global authoritarianism by coming together across our differences to fight shoulder to shoulder to build a global network of working class solidarity.',
    ],
    attribution: 'Tanya Vyhovsky, Vermont State Senator, at a ‘No Kings’ protest',
  },
  { kind: 'heading', text: 'Join our discussions' },
  {
    kind: 'paragraph',
    text: 'In the autumn of 2025, the Ukraine Information Group plans to continue meetings that analyse the global situation and bring the different struggles together. If you would like to join us, please get in touch at 2022ukrainesolidarity[at]gmail.com, and look at our web site, ukraine-solidarity.org.',
    links: [{ text: 'ukraine-solidarity.org', url: 'https://ukraine-solidarity.org' }],
  },
  {
    kind: 'table',
    rows: [
      ['', 'Israel in Palestine', 'Russia in Ukraine'],
      ['Invasion and occupation?', 'More than 75 years of occupation intended to subjugate and dispossess the Palestinian nation.', 'The full-scale invasion in 2022 continued an incursion started in 2014, after centuries of imperial violence that has caused millions of deaths.'],
      ['Settler colonial?', 'Ethnically cleanses Palestinians and establishes settlements on their land.', 'Has subsidised tens of thousands of Russians to move into stolen Ukrainian homes on occupied land.'],
      ['Authoritarian rule?', 'Apartheid. Palestinians subject to military rule and state-backed attacks on their lands and homes in areas occupied in 1967, unequal status in other areas.', 'In Russian-occupied areas: military rule, fake elections, torture, independent trade unions abolished, destroying Ukraine’s fragile, albeit imperfect, democracy.'],
      ['Bombs civilians as collective punishment?', 'Yes. At least 50,000 killed in Gaza, overwhelmingly civilians. Israel’s blockade on food and aid is starving Gaza’s people. Israel has also bombed Iran.', 'Yes. Over 12,000 civilians killed in Ukraine. Western-provided air defences have kept Ukrainian cities safer, but Trump has cut these. Elsewhere, Russia has bombed Grozny in Chechnya and Aleppo in Syria.'],
      ['Genocide?', 'Yes – now recognised by United Nations.', 'Arguably. Putin speaks about eliminating the Ukrainian nation, and Russian troops have carried out massacres, as in Bucha.'],
      ['Relies on outside support?', 'Vast military and financial backing from the US, Germany, UK and many other nations. Oil from Azerbaijan via Turkey. Surveillance tech co-developed with China.', 'Relies on North Korean arms and soldiers and Iranian arms, Western machine tools, and oil purchases by India and China.'],
    ],
  },
]
