// a hashed asset for AssetCachingTest
